import struct
for fmt in 'bBhHiIlLqQnN':
    for pre in ('@', '<'):
        if pre == '<' and fmt in 'nN': continue
        for v in (-2**64, -2**63-1, -2**31-1, -129, -1, 128, 256, 2**16, 2**31, 2**32, 2**63, 2**64, 1.5, 'x', None):
            try:
                struct.pack(pre+fmt, v)
            except Exception as e:
                print(pre+fmt, v, type(e).__name__, e)
for fmt in 'efd?cspP':
    for v in (1e300, 70000.0, 'x', b'ab', b'a', 1, None, 2**2000, float('nan')):
        try:
            print(fmt, v, struct.pack(fmt, v))
        except Exception as e:
            print(fmt, v, type(e).__name__, e)
for t in ["struct.pack('z', 1)", "struct.pack('3')", "struct.pack('<n', 1)", "struct.pack('<P', 1)", "struct.pack('ii', 1)", "struct.pack('i', 1, 2)",
          "struct.unpack('i', b'abc')", "struct.unpack('i', 'abcd')", "struct.unpack_from('i', b'abcdefghij', 8)", "struct.unpack_from('i', b'abcdefghij', -11)",
          "struct.unpack_from('i', b'abcdefghij', -2)", "struct.pack_into('i', bytearray(5), 2, 1)", "struct.pack_into('i', bytearray(5), -7, 1)", "struct.pack_into('i', bytearray(5), -2, 1)",
          "struct.pack_into('i', b'12345', 0, 1)", "list(struct.iter_unpack('i', b'abcde'))", "struct.iter_unpack('', b'')", "struct.calcsize('10000000000000000000000i')",
          "struct.calcsize(5)", "struct.Struct(5)", "struct.pack('i')", "struct.pack()", "struct.calcsize('i i')", "struct.calcsize('bi')", "struct.calcsize('@bq')", "struct.calcsize('=bq')", "struct.calcsize('ih')", "struct.calcsize('hi0l')",
          "struct.calcsize('!3x5s2p')", "struct.pack('5s', b'ab')", "struct.pack('2s', b'abcd')", "struct.pack('3p', b'abcd')", "struct.pack('0p', b'a')", "struct.unpack('3p', b'\\x05ab')", "struct.pack('>e', 1.5)", "struct.pack('<e', 65504)", "struct.pack('<e', 65520.0)", "struct.pack('<e', 1e-8)", "struct.unpack('<e', b'\\x00\\x7c')", "struct.unpack('<e', b'\\x01\\x7c')",
          "struct.pack('?', [])", "struct.unpack('?', b'\\x05')", "struct.pack('c', bytearray(b'a'))", "struct.pack('s', bytearray(b'a'))", "struct.pack('<q', 2**63-1)", "struct.unpack('>Q', b'\\xff'*8)",
          "struct.Struct('<ih').size", "struct.Struct(b'<ih').format", "struct.Struct('<ih').unpack(b'\\x01\\x00\\x00\\x00\\x02\\x00')", "struct.pack('>f', 3.4e38*10)", "struct.pack('<d', float('inf'))", "struct.pack('i', True)", "struct.unpack('>e', struct.pack('>e', 0.1))",
          "struct.pack('x')", "struct.pack('2x')", "struct.unpack('2xb', b'\\x00\\x00\\x05')", "struct.pack('<h', 2**15)", "struct.pack('<H', -1)"]:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
