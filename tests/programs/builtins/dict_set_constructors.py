# dict() and set().
print(dict(), dict(a=1, b=2))
print(dict([('x', 1), ('y', 2)]), dict([[1, 'one']]))
d = {'k': 'v'}
d2 = dict(d)
d2['k'] = 'changed'
print(d, d2)
print(dict({'a': 1}, b=2))
print(dict(zip('abc', range(3))))
print(set(), sorted(set([3, 1, 3, 2])), len(set('aabbc')), sorted(set('cab')))
print(sorted(set({'k': 1, 'j': 2})), sorted(set(range(5))))
s = set([1, 2])
print(1 in s, 3 in s)
