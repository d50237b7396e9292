# printf-style formatting: the bare "%s"/"%d" specs, digits of every length
# in each base, padding with and without room, str subclasses, and the
# width/precision limits.
for v in [0, 7, 9, 10, 42, 99, 100, 101, 999, 1000, 12345, 99999, 100000, 2**31, 2**61 - 1,
          -2**61, 2**62, -1, -10, -99, -100, 10**19, 2**64 - 1, 2**64]:
    print("%d|%i|%x|%X|%o|%5d|%-6d|%06d|%+d|% d|%.3d|%#x|%#o" % ((v,) * 13))
print("%s-%d:%5d|%x|%-8s|%.3f" % ("alpha", 12, 345, 255, "ALPHA", 12 / 7.0))
print("%s%s%s" % ("a", "", "bc"), "%s" % "é€😀", "%5s|%-5s|%.2s" % ("é€", "😀", "é€😀"))
print("%%|%c|%c|%5c" % ("x", 0x20AC, "y"))
print("%r %a %s" % ("é", "é", None), "%s" % [1, "a"], "%s" % (1,))


class S(str):
    def __str__(self):
        return "S.__str__"


class T(str):
    pass


print("%s|%s|%r" % (S("plain"), T("tee"), T("tee")))
print("%(a)s %(b)05d" % {"a": "x", "b": 42}, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
for fmt, arg in [("%d", "x"), ("%x", 1.5), ("%s %s", ("a",)), ("%s", ("a", "b")),
                 ("%q", 1), ("%", 1), ("%.99999999999d", 1), ("%(a)s", 1), ("%c", "ab")]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    print(len("%999999999999999999999d" % 1))
except (MemoryError, ValueError, OverflowError) as e:
    print(type(e).__name__)
print(len("%300d|%-300s|%0300.2f" % (1, "x", 2.5)))
print("%.0f %.1f %.15f %f %e %g" % (0.5, 0.25, 1 / 3, -0.0, 12345.678, 1e-5))
