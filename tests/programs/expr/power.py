# The power operator.
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 100)
print(2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** 3, (-2) ** 2, -2 ** 2)
print(2 ** 0.5, 4 ** 0.5, 2.0 ** 3)
print(10 ** 20, 7 ** 30)
print(2 ** 3 ** 2)
x = 3
x **= 4
print(x)
