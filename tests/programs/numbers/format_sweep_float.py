# Property-style sweep: seeded random floats across the whole range
# (subnormals, huge, integral, halfway cases) through repr, str, every
# float format spec and % form, round(), float.hex and arithmetic.
# CPython's output is the expectation.
import math
import random
import struct

rng = random.Random(1121)


def some_float():
    kind = rng.randrange(6)
    if kind == 0:
        return struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
    if kind == 1:
        return rng.uniform(-1000, 1000)
    if kind == 2:
        return rng.randint(-10**6, 10**6) / rng.choice([1, 2, 4, 8, 10, 100, 1000, 3])
    if kind == 3:
        return rng.random() * 10.0 ** rng.randint(-320, 308)
    if kind == 4:
        return float(rng.randint(-2**60, 2**60))
    return rng.choice([0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 1e16, 1e-7, 123456789.0, 2.675,
                       float("inf"), float("-inf"), float("nan")])


specs = ["", "f", ".0f", ".1f", ".2f", ".10f", "e", ".0e", ".3E", "g", ".1g", ".3g", ".17g",
         "G", "%", ".1%", "+", " ", "20.5f", "<15", "^15.3", "=+15.2e", "015.4f", ",.2f",
         "_.3f", "#.0f", "#g", "n", ".12", "10"]
for _ in range(500):
    v = some_float()
    out = [repr(v), str(v)]
    for spec in specs:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    out.append("%f|%.3e|%g|%10.4G|%-12.1f|%+.0f" % (v, v, v, v, v, v))
    out.append(v.hex())
    out.append(repr(float.fromhex(v.hex())) if math.isfinite(v) else "-")
    if math.isfinite(v):
        out.append(repr(round(v, 2)))
        out.append(repr(round(v, -1)))
        if abs(v) < 1e300:
            out.append(str(round(v)))
            out.append(str(int(v)))
            out.append(str(v.as_integer_ratio()))
            out.append(str(math.floor(v)) + str(math.ceil(v)) + str(math.trunc(v)))
        out.append(str(v.is_integer()))
    w = some_float()
    for r in (lambda: v + w, lambda: v - w, lambda: v * w, lambda: v / w, lambda: v // w,
              lambda: v % w, lambda: divmod(v, w), lambda: v ** 2, lambda: math.fmod(v, w)):
        try:
            out.append(repr(r()))
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            out.append(type(e).__name__)
    out.append(str(hash(v)) if not math.isnan(v) else "nan")
    out.append(str(v == w) + str(v < w) + str(float(repr(v)) == v or math.isnan(v)))
    print(" ".join(out))
