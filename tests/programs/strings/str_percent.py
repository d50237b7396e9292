# printf-style formatting.
print("%s %r %a %d %i %u" % ("é", "é", "é", 3.9, -2, 7))
print("%5s|%-5s|%.2s|%*d|%-*d|%.*f" % ("a", "b", "xyz", 4, 1, 4, 2, 2, 3.14159))
print("%x %X %#x %o %#o %c %c %%" % (255, 255, 255, 8, 8, 65, "z"))
print("%e %E %.2e %g %G %10.3g %f %F" % (1234.5, 1234.5, 1e-10, 1e-5, 1e20, 3.14159, 1.5, 2.5))
print("%+d % d %05d %-5d| %+.1f %05.1f" % (5, 5, -42, 3, 2.25, -1.5))
print("%(a)s-%(b)05.1f" % {"a": "x", "b": 2.5}, "%s" % (1,), "%s" % [1, 2], "%s%%" % 50)
print("%d" % (2 ** 70), "%x" % -(2 ** 70), "%.3s" % None, "%r" % ("t",), "%c" % 0x1F600)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%c", "ab"),
                  ("%(a)s", (1,)), ("%d", []), ("%c", -1), ("%x", 1.5), ("%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
