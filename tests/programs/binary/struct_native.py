# Native mode ('@', the default) aligns each code to its size; the other
# modes never pad. Sizes are those of x86-64 Linux, as on CPython there.
import struct
for fmt in ['c', 'ch', 'chi', 'chq', 'qc', 'cd', 'c?e', 'bH', 'bI', 'cN', 'cn', 'cP', 'lc', 'c5s',
            'c3p', '3x', 'x i', 'b0i', '4s4i', 'hhl', '=chq', '<qc', '>d?', '!l']:
    zeros = struct.unpack(fmt, bytes(struct.calcsize(fmt)))
    values = [b'x' if isinstance(v, bytes) else 1 for v in zeros]
    packed = struct.pack(fmt, *values)
    print(fmt, struct.calcsize(fmt), packed, struct.unpack(fmt, packed))
