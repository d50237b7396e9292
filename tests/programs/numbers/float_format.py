# float formatting with the mini-language and %.
x = 1234.5678
for spec in ["", ".2f", "10.3f", "<10.1f", "^12.2e", "+.3g", ",.2f", "_.1f", "e", "E", "%",
             ".0%", "g", "G", "#.0f", "010.2f", "=+12.2f", "*^15,.3f", "n", ".3", "z.1f", "F"]:
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
for v in [0.0, -0.0, 1e-7, 1e16, float("inf"), float("nan"), 123.0, 1e100]:
    print(format(v, ""), format(v, "g"), format(v, ".3"), format(v, "f")[:20], format(v, "z.2f"))
print("%.3f %e %g %10.2f %-8.1f| %+d %5s %r" % (x, x, x, x, x, 3.9, 1.5, 0.1))
print("%.0f %.0f %.0f %x %o" % (0.5, 1.5, 2.5, 255, 8))
for spec in ["d", "x", "c", "s"]:
    try:
        format(x, spec)
    except ValueError as e:
        print("ValueError", e)
