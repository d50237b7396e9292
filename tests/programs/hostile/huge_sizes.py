# Requests for absurd sizes fail with CPython's exception, never a crash.
def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__)

attempt("list * 2**62", lambda: [0] * 2**62)
attempt("list * 2**64", lambda: [0] * 2**64)
attempt("str * 10**12", lambda: 'a' * 10**12)
attempt("bytes * 2**62", lambda: b'x' * 2**62)
attempt("tuple * 2**62", lambda: (1, 2) * 2**62)
attempt("bytearray * 2**62", lambda: bytearray(b'ab') * 2**62)
attempt("zfill 2**64", lambda: 'a'.zfill(2**64))
attempt("ljust 2**64", lambda: 'a'.ljust(2**64))
attempt("bytes(2**62)", lambda: bytes(2**62))
attempt("range len", lambda: len(range(2**100)))
print(range(2**100)[2**99])
print(range(2**100)[-1])
x = [1, 2]
try:
    x *= 2**62
except MemoryError:
    print("inplace MemoryError", len(x))
print("still alive", [0] * 3)
