# len() on every sized built-in type.
print(len(''), len('abc'), len('\u00e9\u00e8'))
print(len([]), len([1, [2, 3]]), len(()), len((1, 2)))
print(len({}), len({'a': 1, 'b': 2}), len(set()), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len('x' * 100000))
