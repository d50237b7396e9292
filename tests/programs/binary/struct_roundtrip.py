import struct
print(struct.error, issubclass(struct.error, Exception), struct.Struct)
for fmt in ['@bhiq', '=bhiq', '<bhiq', '>bhiq', '!bhiq', '@BHIQ', '<BHIQ', '@lLnN', '<lL', '>lL', '@P']:
    n = len(fmt.lstrip('@=<>!'))
    vals = tuple(range(1, n + 1))
    b = struct.pack(fmt, *vals)
    print(fmt, struct.calcsize(fmt), b.hex(), struct.unpack(fmt, b) == vals)
print(struct.pack('<q', -2), struct.pack('>Q', 2**64 - 1), struct.unpack('<q', b'\xfe' + b'\xff' * 7))
print(struct.pack('>i', -2**31), struct.unpack('>I', b'\xff\xff\xff\xff'), struct.pack('<h', -1))
print(struct.pack('3s2p?c', b'abcdef', b'xyz', 7, b'!'))
print(struct.unpack('3s2p?c', b'abc\x01x\x01!'))
print(struct.pack('<3h', 1, 2, 3), struct.unpack('<3h', b'\x01\x00\x02\x00\x03\x00'))
print(struct.calcsize('@c i c q'), struct.calcsize('<c i c q'), struct.calcsize('@ci0q'), struct.calcsize('@qc'))
print(struct.pack('@bi', 1, 2), struct.pack('@b0q', 1))
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-5, 6e-8, 3e-8, 2e-8, 65504.0, 65519.0, 1/3, float('inf'), -float('inf')]:
    b = struct.pack('<e', x)
    print(x, b.hex(), struct.unpack('<e', b)[0], struct.unpack('>e', struct.pack('>e', x))[0])
print(struct.unpack('<e', struct.pack('<e', float('nan')))[0])
for x in [0.1, 1e38, -3.5, 1e-45]:
    print(struct.unpack('<f', struct.pack('<f', x))[0], struct.unpack('>d', struct.pack('>d', x))[0])
s = struct.Struct('>hhl')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)))
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2, -3)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buffer=buf, offset=2))
struct.pack_into('<H', buf, -2, 0xabcd)
print(buf, struct.unpack_from('<H', buf, -2), struct.unpack_from('<H', buf))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
it = s.iter_unpack(bytes(16))
print(next(it), list(it))
print(struct.Struct(b'<i').format, struct.calcsize(b'5s'), struct.calcsize(''), struct.pack(''), struct.unpack('', b''))
print(struct.pack('<Q', 2**64 - 1) == b'\xff' * 8, struct.pack('?', 'x'), struct.unpack('??', b'\x00\x02'))
class Idx:
    def __index__(self):
        return 42
print(struct.pack('<i', Idx()), struct.pack('<d', 3), struct.pack('<f', True))
try:
    struct.unpack('<i', b'\x00')
except struct.error as e:
    print('error:', e)
import array
a = array.array('h', [1, 2, 3])
print(struct.unpack('<3h', a))
struct.pack_into('<h', a, 2, 99)
print(a)
