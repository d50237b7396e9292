# memoryview over bytes and bytearray: indexing, slicing with steps, writes
# through the view, casts, release and the errors CPython raises.
b = b"hello world"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:4].tobytes(), bytes(m[::2]), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m.tolist()[:3], list(m[:3]), m.obj is b, m == b, m == b"x", m[::-1].tobytes(), m.hex(), m[:2].hex(':'))
ba = bytearray(b"abcdef")
mv = memoryview(ba)
mv[0] = 65; mv[1:3] = b"XY"; print(ba)
try: ba.append(1)
except BufferError as e: print("BufferError", e)
mv.release(); ba.append(33); print(ba)
try: mv[0]
except ValueError as e: print(e)
with memoryview(bytearray(8)) as w:
    c = w.cast('i'); c[0] = -2; c[1] = 2**31 - 1; print(c.tolist(), w.tolist(), c.format, c.itemsize, len(c))
    try: c[0] = 2**31
    except ValueError as e: print(e)
    c.release()
try: memoryview(1)
except TypeError as e: print(e)
try: memoryview(b"x")[0] = 1
except TypeError as e: print(e)
try: hash(memoryview(bytearray(1)))
except ValueError as e: print(e)
print(hash(memoryview(b"abc")) == hash(b"abc"), b"".join([memoryview(b"ab"), b"c"]), bytearray(memoryview(b"xy")))
try: memoryview(b"abc")[5]
except IndexError as e: print(e)
try: memoryview(b"abc").cast('i')
except TypeError as e: print(e)
print(memoryview(b"abcd").cast('B').cast('c').tolist(), memoryview(bytes(range(10)))[2:8:3].tolist())
m2 = memoryview(bytearray(b"0123456789")); m2[2:8:2] = b"abc"; print(m2.obj, m2.contiguous, m2[::2].contiguous)
print(str(memoryview(b"a")).startswith("<memory at 0x"), [x for x in memoryview(b"ab")])
