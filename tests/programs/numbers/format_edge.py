# Corners of the format mini-language shared by int, float and complex.
print("{:0=12,d}".format(-1234), "{:0>12,d}".format(-1234), "{:0=10_x}".format(0xabcdef))
print("{:z.0e}".format(-0.0), "{:z.1f}".format(-0.04), "{:z.2g}".format(-0.0001), "{:z}".format(-0.0))
print(format(123.0, ".3"), format(99.96, ".3"), format(5.0, ".1"), format(0.0, ".1"), format(1.5, ".1"))
print(format(123.0, "#.3"), format(1234.5, ".4"), format(-0.0, ".2"), format(1e16, ".17"))
print(format(complex(-0.0, -0.0), "z.1f"), format(complex(1, -0.0001), "z.2f"))
for v in [123.0, 0.001, 0.0, 1.5, 10.0, 9.99, 0.5, 1e-5, 100.0, 12.0]:
    print(*[format(v, p) for p in [".1", ".2", ".3", "#.1", "#.2", "#.4"]])
# The sign of a NaN never shows, whatever produced it.
n = -float("nan")
print("{:g}".format(n), "%f|%5.1e|%+f" % (n, n, n), f"{n:+}", format(n, "e"), repr(n), str(n))
print(format(complex(n, n), ""), format(complex(n, n), ".1f"), repr(complex(n, -n)))
