# ** with negative exponents and pow() with a modulus.
print(2 ** 10, (-2) ** 3, 2 ** -1, (-2) ** -3, 0 ** 0, 10 ** 30, (-3) ** 41)
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(2, 100, 10 ** 9 + 7), pow(5, -1, 7))
print(pow(3, -2, 11), pow(2 ** 70, 3, 97), pow(-(2 ** 70), 3, -97), pow(1, 10, 1))
print(pow(4, 0.5), pow(2, -2), type(pow(2, -2)).__name__)
for args in [(0, -1), (2, -1, 4), (2, 3, 0), (2, 3.0, 5), (0.0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
x = 3
x **= 4
print(x, 7 ** 2 ** 2, -2 ** 2)
