import struct
it = struct.iter_unpack('<hb', bytes(range(9)))
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__(), next(it, 'done'))
s = struct.Struct('>H')
print([v for (v,) in s.iter_unpack(b'\x00\x01\x01\x00\xff\xff')])
print(list(struct.iter_unpack('4s', bytearray(b'abcdefgh'))), list(struct.iter_unpack('i', b'')))
import array
print(list(struct.iter_unpack('<h', array.array('h', [5, -6]))))
for bad in [('', b''), ('i', b'abcde'), ('i', 'abcd')]:
    try:
        struct.iter_unpack(*bad)
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
