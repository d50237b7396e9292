# format(), f-strings and str.format with an absurd width: MemoryError at
# once, never a fill loop that runs for hours.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)

attempt("int width", lambda: format(1, '99999999999999d'))
attempt("float width", lambda: format(1.5, '99999999999999f'))
attempt("str width", lambda: format('a', '99999999999999'))
attempt("str centred", lambda: format('a', '^99999999999999'))
attempt("f-string", lambda: f'{1:{2**40}}')
attempt("str.format", lambda: '{0:{1}}'.format(1, 2**62))
attempt("too many digits", lambda: format(1, '99999999999999999999d'))
# Zero padding with grouping continues the groups into the padding.
for spec in ['0=10,d', '0=4,d', '0=5,d', '0=13,d', '0=12_x', '0=9_b', '012,.2f']:
    print(spec, repr(format(1234 if 'x' in spec or 'b' in spec else 1, spec)))
print(repr(format(-1234, '0=12_x')), repr(format(-5, '0=8,d')), repr(format(123456, '0=1,d')))
