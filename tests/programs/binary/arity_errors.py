import struct, binascii, cmath
from array import array
a = array('i', [1])
s = struct.Struct('i')
for t in ["struct.unpack('i')", "struct.calcsize()", "struct.iter_unpack('i')", "struct.unpack_from('i')", "struct.unpack_from('i', b'', 0, 1)",
          "struct.pack_into('i')", "struct.pack_into('i', bytearray(4))", "s.unpack()", "s.unpack_from()", "s.iter_unpack()", "s.pack_into(bytearray(4))", "struct.Struct()", "struct.Struct('i', 'j')",
          "struct.pack('i', x=1)", "binascii.hexlify()", "binascii.unhexlify()", "binascii.crc32()", "binascii.crc_hqx(b'')", "binascii.b2a_base64()", "binascii.a2b_base64()",
          "a.append()", "a.extend()", "a.insert(1)", "a.pop(1, 2)", "a.remove()", "a.index()", "a.count()", "a.reverse(1)", "a.tobytes(1)", "a.frombytes()", "a.tolist(1)", "a.fromlist()",
          "a.tounicode(1)", "a.fromunicode()", "a.buffer_info(1)", "a.__copy__(1)", "a.__deepcopy__()", "array('i', [], 3)", "cmath.rect(1)", "cmath.log()", "cmath.isclose(1, 2, 3)", "cmath.isclose(1)", "cmath.isclose(1, 2, foo=1)", "cmath.phase(1, 2)"]:
    try:
        print(t, eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
