# The arithmetic operators on ints and floats.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(1.5 + 2, 1.5 - 2, 1.5 * 2, 1.5 / 2, 7.5 // 2, 7.5 % 2, 1.5 ** 2)
print(6 / 3, type(6 / 3), type(6 // 3), type(6.0 // 3))
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 - 2 - 3, 100 / 10 / 5, 2 * 3 % 4)
print(0.5 + 0.25, 3 * 0.1, 1e10 + 1)
