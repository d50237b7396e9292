# list() and tuple() from iterables.
print(list(), tuple())
print(list('abc'), tuple('abc'))
print(list(range(4)), tuple(range(4)))
print(list((1, 2)), tuple([1, 2]))
print(list({'a': 1, 'b': 2}), tuple({'x': 0}))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a is b)
t = (1, 2)
print(tuple(t) is t, tuple(t) == t)
print(list(zip('ab', [1, 2])), list(enumerate('z')))
