# enumerate() and zip().
for i, ch in enumerate('abc'):
    print(i, ch)
print(list(enumerate(['x', 'y'], 1)))
print(list(enumerate([], 5)))
for a, b in zip([1, 2, 3], 'xyz'):
    print(a, b)
print(list(zip([1, 2, 3], [4, 5])))
print(list(zip()), list(zip([1, 2])))
print(list(zip('ab', 'cd', 'ef')))
names = ['ann', 'bob']
ages = [31, 42]
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
