# round(): half to even, ndigits positive, zero and negative; is_integer,
# as_integer_ratio, hex and fromhex.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 1.005, 0.125, 1234.5678, -1234.5678]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(123456, -3), round(7, 2))
print(round(1e300, 2), round(1.5e-300, 300), round(0.0, 3), round(-0.0), round(-0.4))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
for v in [1.0, 1.5, -2.0, 1e300, 0.0]:
    print(v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v)
print((0.1).as_integer_ratio(), (-0.75).as_integer_ratio(), (5e-324).hex(), (-0.0).hex())
print(float("inf").hex(), float("nan").hex(), (1.7976931348623157e308).hex())
for s in ["0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFp1023", "  0x10  ", "inf", "0x.8", "1p4",
          "0x1.000000000000008p0", "0x1.0000000000000081p0", "-0x0p0"]:
    print(repr(s), float.fromhex(s))
for s in ["0x1p2000", "0xg", ""]:
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
print(float.fromhex("0x1p-1074"), float.fromhex("0x1p-1075"), float.fromhex("0x3p-1076"))
