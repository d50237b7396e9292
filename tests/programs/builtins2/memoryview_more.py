# memoryview: views of views, formats after cast, comparisons across
# formats, toreadonly, and a bytearray that cannot move while viewed.
ba = bytearray(range(8))
m = memoryview(ba)
sub = m[2:6]
subsub = sub[::-1]
print(subsub.tolist(), subsub.obj is ba, memoryview(sub).tolist())
sub[0] = 200
print(ba[2], subsub[-1])
del m
try:
    ba.extend(b"xx")
except BufferError as e:
    print("still exported:", e)
sub.release()
subsub.release()
ba.extend(b"xx")
print(len(ba))

h = memoryview(bytearray(6)).cast("H")
h[0] = 65535
h[2] = 258
print(h.tolist(), h.nbytes, h.strides, bytes(h))
for bad in (-1, 65536, "x", 1.5):
    try:
        h[1] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = 3
print(d.tolist(), d.format)
print(memoryview(b"\x01\x02") == memoryview(bytearray(b"\x01\x02")), memoryview(b"ab") != b"ab")
print(memoryview(b"ab") == "ab", memoryview(b"ab") == [97, 98])
r = memoryview(bytearray(b"xyz")).toreadonly()
try:
    r[0] = 1
except TypeError as e:
    print(e)
print(r.readonly, r.tobytes())
try:
    memoryview(b"abc").cast("B").cast("xx")
except ValueError as e:
    print(e)
try:
    memoryview(bytearray(4)).cast("h").cast("i")
except TypeError as e:
    print(e)
try:
    del memoryview(bytearray(1))[0]
except TypeError as e:
    print(e)
try:
    memoryview(bytearray(4))[0:2] = b"abc"
except ValueError as e:
    print(e)
try:
    memoryview(b"ab")["x"]
except TypeError as e:
    print(e)
x = memoryview(b"abc")
x.release()
x.release()
for op in (len, bytes, lambda v: v.tolist(), lambda v: v[0], lambda v: v.format):
    try:
        op(x)
    except ValueError as e:
        print(e)
print(repr(x).startswith("<released memory at 0x"))
