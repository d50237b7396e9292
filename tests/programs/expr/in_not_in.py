# Membership tests.
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print('b' in 'abc', 'bc' in 'abc', 'ac' in 'abc', '' in 'abc')
print(1 in (1, 2), 'k' in {'k': 1}, 1 in {'k': 1}, 3 in {3, 4})
print([1] in [[1], [2]], None in [None])
print(5 in range(10), 10 in range(10))
print(1.0 in [1, 2], True in [1])
