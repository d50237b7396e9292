# + and * on strings, lists and tuples.
print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'x' * 0, 'x' * -1)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5)
print((1,) + (2, 3), (1, 2) * 2)
a = [1]
b = a + a
b[0] = 5
print(a, b)
print(len('ab' * 1000))
