# bytearray padding with an absurd width: MemoryError at once. (The program
# ends with an uncaught MemoryError so that the last line of stderr is the
# same as CPython's, which prints extra warnings on stderr here.)
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r))
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt("zfill", lambda: bytearray(b'a').zfill(2**62))
attempt("ljust", lambda: bytearray(b'a').ljust(2**62))
attempt("center", lambda: bytearray(b'a').center(2**62))
attempt("repeat", lambda: bytearray(b'x') * 2**62)
attempt("expandtabs", lambda: bytearray(b'a\tb').expandtabs(2**62))
print(bytearray(b'ab').center(6, b'.'), bytearray(b'-5').zfill(4))
print("last")
bytearray(b'a').rjust(2**62)
