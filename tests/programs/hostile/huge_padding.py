# Padding to an absurd width fails at once with CPython's exception instead
# of growing the result one fill character at a time.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r))
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt("zfill 2**62", lambda: 'a'.zfill(2**62))
attempt("ljust 2**62", lambda: 'a'.ljust(2**62))
attempt("rjust 2**62", lambda: 'a'.rjust(2**62))
attempt("center 2**62", lambda: 'a'.center(2**62))
attempt("ljust fill", lambda: 'a'.ljust(2**62, '\u00e9'))
attempt("zfill 2**63", lambda: '-1'.zfill(2**63))
attempt("ljust 2**63", lambda: 'a'.ljust(2**63))
attempt("bytes zfill", lambda: b'a'.zfill(2**62))
attempt("bytes ljust", lambda: b'a'.ljust(2**62))
attempt("bytes rjust", lambda: b'a'.rjust(2**62, b'*'))
attempt("bytes center", lambda: b'a'.center(2**62))
attempt("str * 2**62", lambda: 'x' * 2**62)
attempt("expandtabs 2**62", lambda: 'a\tb'.expandtabs(2**62))
attempt("expandtabs -2**63", lambda: 'a\tb'.expandtabs(-2**63))
attempt("bytes expandtabs", lambda: b'a\tb'.expandtabs(2**62))
# Ordinary sizes still pad exactly as CPython does.
print(repr('ab'.center(7, '\u00e9')), repr('abc'.center(6, '*')), repr('-42'.zfill(6)))
print(repr('x'.ljust(5, '\u20ac')), repr('x'.rjust(4)), repr('+'.zfill(3)))
print(repr(b'ab'.center(7, b'-')), repr(b'-7'.zfill(4)), repr(b'a'.rjust(3)))
print(repr('a\tbc\td\n\te'.expandtabs(3)), repr(b'\tx'.expandtabs(2)), repr('\t'.expandtabs(0)))
print("still alive")
