# printf-style formatting with an absurd '*' width or precision: MemoryError
# for a width (a Py_ssize_t in CPython), OverflowError for a precision (a C
# int), at once, for str and bytes alike.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)

attempt("%*d", lambda: '%*d' % (2**62, 1))
attempt("%-*s", lambda: '%-*s' % (2**62, 'a'))
attempt("%*c", lambda: '%*c' % (2**62, 'a'))
attempt("%.*f", lambda: '%.*f' % (2**62, 1.0))
attempt("%.*d", lambda: '%.*d' % (2**62, 1))
attempt("%.*s", lambda: '%.*s' % (2**62, 'a'))
attempt("%*.*d", lambda: '%*.*d' % (5, 2**31, 1))
attempt("%*d 2**63", lambda: '%*d' % (2**63, 1))
attempt("%99999999999d", lambda: '%99999999999d' % 1)
attempt("%.99999999999d", lambda: '%.99999999999d' % 1)
attempt("b%*d", lambda: b'%*d' % (2**62, 1))
attempt("b%*s", lambda: b'%*s' % (2**62, b'a'))
attempt("b%.*d", lambda: b'%.*d' % (2**62, 1))
attempt("b%.*s", lambda: b'%.*s' % (2**62, b'a'))
attempt("b%99999999999d", lambda: b'%99999999999d' % 1)
attempt("b%.99999999999d", lambda: b'%.99999999999d' % 1)
# Ordinary sizes.
print(repr('%05d|%-6.3d|%*.*x|%-*s|' % (-3, 7, 8, 4, 255, 4, 'ab')))
print(repr(b'%05d|%-6.3d|%*.*x|%-*s|' % (-3, 7, 8, 4, 255, 4, b'ab')))
print(repr('%.3s|%*c|%+.2f' % ('abcdef', 3, 'z', 2.5)))
