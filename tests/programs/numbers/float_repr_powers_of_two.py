# repr() of every power of two a double can hold, and of values a few ulps
# around some of them: at a power of two the rounding interval is narrower
# below than above, so the shortest round-tripping text can be the decimal
# just above the nearest one (2.0 ** 710 is 5.386379163185535e+213).
for k in range(-1074, 1024):
    print(k, repr(2.0 ** k), repr(-(2.0 ** k)))
x = 1.0
for k in range(0, 1000, 7):
    p = 2.0 ** k
    print(repr(p * (1 + 2.0 ** -52)), repr(p * (1 - 2.0 ** -53)), repr(p / 3))
