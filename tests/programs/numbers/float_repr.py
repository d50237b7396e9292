# float repr round-trips; inf and nan; float() text.
for v in [0.1, 0.1 + 0.2, 1 / 3, 1e16, 1e-5, 1e-4, 123456789012345678.0, 1e22, 5e-324,
          1.7976931348623157e308, -0.0, 2.5, 100.0, 1e15, 0.000123, 9007199254740993.0]:
    assert float(repr(v)) == v
    print(repr(v), str(v))
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, -nan, abs(-inf))
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308, inf == inf)
for s in ["  1.5 ", "-inf", "+Infinity", "nAn", "1_000.5", "1e3", ".5", "5.", "-0", "1E-3"]:
    print(repr(s), float(s))
for s in ["", "1__0", "abc", "1e", "0x10", "in f", "1.5.2"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
print(float(10), float(-2 ** 60), float(True))
print(1e308 * 10, -1e308 * 10, 2.0 ** 0.5, 10.0 ** -2)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.0) == hash(1))
n1, n2 = float("nan"), float("nan")
print(len({n1, n2}), len({n1, n1}), hash(n1) == hash(n1), {n1: 1}[n1])
