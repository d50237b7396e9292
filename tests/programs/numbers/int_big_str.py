# Big ints as text: str(2**10000) and the 4300-digit limit, exact comparisons.
s = str(2 ** 10000)
print(len(s), s[:20], s[-20:])
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 4299)))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
print(int("1" * 4300) % 1000)
print(hex(2 ** 20000)[:10], len(hex(2 ** 20000)))
big = 2 ** 53 + 1
print(big == float(2 ** 53), big > float(2 ** 53), float(big) == 2 ** 53, 2 ** 53 == 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) < -1e308, 2 ** 1024 > 1.7e308)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 10 ** 22 == 1e22, 1 < float("nan"), 1 == float("nan"))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30) == hash(1e30 // 1 if False else 10 ** 30))
print(hash(float(2 ** 60)) == hash(2 ** 60), hash(-1), hash(1.5), hash(-0.5))
