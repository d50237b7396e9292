import struct
print(struct.pack('>I', 1))
struct.unpack('<i', b'abc')
