# fractions.Fraction: construction, exact and mixed arithmetic, comparisons,
# hashing like equal ints and floats, rounding, limit_denominator, errors.
from fractions import Fraction as F
import numbers, math
print(F(3, 4), F(-6, 8), F(6, -8), F(5), F("3/7"), F(" -1.25e2 "), F("1_000/3"), F(0.1), F(2.5), repr(F(1, 3)))
print(F(1, 3) + F(1, 6), F(1, 2) - 1, 2 * F(3, 4), F(1, 2) / F(3, 4), F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(1, 3)))
print(F(1, 2) + 0.5, 1.5 * F(1, 2), F(1, 2) + 1j, F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, F(4) ** F(1, 2), 2 ** F(1, 2), 2 ** F(3))
print(-F(1, 2), abs(F(-1, 2)), +F(1, 2), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1))
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2) == 2, F(1, 2) < 1, F(1, 2) > 0.4, F(1, 2) <= F(1, 2), F(1, 2) < float("inf"), F(1, 2) == float("nan"))
print(hash(F(1, 2)) == hash(0.5), hash(F(2)) == hash(2), hash(F(-1)), hash(F(1, 3)), hash(F(-1, 3)))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(10), F(1, 3).limit_denominator(), F(0.1).limit_denominator(100))
print(F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), F.from_float(0.25), isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Real), bool(F(0)), sorted([F(1, 2), F(1, 3), 0.4]))
print(sum([F(1, n) for n in range(1, 6)]), float(F(1, 3)), complex(F(1, 2)), F(1, 2) * F(2), str(F(4, 2)))
for bad in (lambda: F(1, 0), lambda: F("x"), lambda: F(1.5, 2), lambda: F([1]), lambda: F("1/0"), lambda: F(1, 2) / 0, lambda: F(0) ** -1, lambda: F.from_float("x")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
