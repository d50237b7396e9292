# Buffers that change under the functions reading them, and arrays that
# read from themselves: the result must be CPython's or a clean exception.
import binascii
import struct
from array import array

a = array('i', [1, 2, 3])
a.frombytes(a.tobytes())
a.extend(a)
a += a
print(a, len(a))
b = array('h', range(5))
b[1:3] = b
print(b)
b[::2] = b[1::2]
b.append(9)
print(b)
b *= 3
print(len(b), b.count(9), b.index(9), b.index(9, 4))

ba = bytearray(b'\x01\x00\x00\x00' * 4)
class Clearing:
    def __index__(self):
        ba.clear()
        return 0
# CPython refuses to resize an exported buffer (BufferError); Ouro has no
# export lock, so it re-reads the buffer after the conversion. Either way:
# an exception or a result, never a read of freed memory.
for call in (lambda: struct.unpack_from('<i', ba, Clearing()),
             lambda: binascii.hexlify(ba, '-', Clearing()),
             lambda: binascii.crc32(ba, Clearing()),
             lambda: struct.pack_into('<i', ba, Clearing(), 5)):
    ba = bytearray(b'\x01\x00\x00\x00' * 4)
    try:
        call()
        print('ok')
    except (struct.error, BufferError):
        print('ok')
u = array('u', b'\xff\xff\xff\xff')
try:
    print(u[0])
except ValueError as e:
    print('ValueError:', e)
try:
    u.tounicode()
except ValueError as e:
    print('ValueError:', e)
print(len(u), u.itemsize)
class Evil:
    def __eq__(self, other):
        del c[:]
        return False
c = array('d', [1.0, 2.0, 3.0])
print(c.count(Evil()), c)
c = array('d', [1.0, 2.0, 3.0])
print(Evil() in c, c)
try:
    array('b', [1]) * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
