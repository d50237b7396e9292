# list.index and list.count.
a = ['a', 'b', 'c', 'b', 'a']
print(a.index('a'), a.index('b'), a.index('c'))
print(a.index('b', 2), a.index('a', 1, 5))
print(a.count('a'), a.count('c'), a.count('z'))
print([1, 1.0, True].count(1), [[1], [1]].count([1]))
print([None, 0].index(0))
