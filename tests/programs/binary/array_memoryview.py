# memoryview over array.array: items in place, writes through the view,
# a viewed array refuses to resize, casts and struct on a view.
from array import array
import struct
a = array('i', [1, 2, -3])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m.tolist(), m[2], m.readonly)
m[0] = 100
print(a, m.tobytes() == a.tobytes(), bytes(m) == a.tobytes())
try:
    a.append(4)
except BufferError as e:
    print("BufferError:", e)
b = m.cast('B')
print(len(b), b[:4].tolist())
m.release(); b.release()
a.append(4); print(a)
d = array('d', [1.5, -2.25])
print(memoryview(d).tolist(), struct.unpack('2d', memoryview(d)), memoryview(d) == d, memoryview(array('b', [1, 2])) == b'\x01\x02')
u = memoryview(array('u', 'ab'))
print(u.format, u.itemsize)
try:
    u[0]
except NotImplementedError as e:
    print(e)
with memoryview(array('h', range(6))) as v:
    print(v[::2].tolist(), v[::-1].tolist())
