# Operator precedence.
print(2 + 3 * 4 ** 2, -3 ** 2, (-3) ** 2)
print(1 + 2 == 3, not 1 == 2, not 1 + 1)
print(1 < 2 and 2 < 3 or False)
print(True or False and False)
print(10 - 4 - 3, 2 ** 2 ** 3, 100 // 7 % 3)
print(- 2 * 3, -2 ** -1)
print(1 if 0 else 2 if 1 else 3)
print(3 in [1, 2, 3] == True)
