# Indexing lists, tuples, strings and dicts, with negative indexes.
lst = [10, 20, 30, 40]
print(lst[0], lst[3], lst[-1], lst[-4])
t = ('a', 'b', 'c')
print(t[1], t[-1])
s = 'hello'
print(s[0], s[4], s[-1], s[-5])
d = {'one': 1, 2: 'two', (1, 2): 'pair'}
print(d['one'], d[2], d[(1, 2)], d[1, 2])
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested[-1][-1][-1])
lst[1] = 99
lst[-1] = 'last'
print(lst)
d['new'] = 'added'
print(d)
print(True and lst[0])
