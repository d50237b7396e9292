import binascii
print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(bytearray(b'xyz')))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '_', -2), binascii.hexlify(b'', '-'), binascii.hexlify(b'\x01\x02', ' ', 0))
print(binascii.unhexlify(b'01abFF'), binascii.a2b_hex('deadBEEF'), binascii.unhexlify(''))
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data, binascii.b2a_base64(data, newline=False))
print(binascii.a2b_base64('Zm9v\nYmFy'), binascii.a2b_base64(b'Zm9v!!YmE='), binascii.a2b_base64(b'Zm9vYg==extra'))
print(binascii.crc32(b'hello world'), binascii.crc32(b''), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.crc32(b'abc', -1), binascii.crc32(b'abc', 2**40 + 5))
print(binascii.crc_hqx(b'123456789', 0xffff), binascii.crc_hqx(b'', 0), binascii.crc_hqx(b'abc', 0x1d0f))
print(binascii.Error, issubclass(binascii.Error, ValueError), binascii.Incomplete.__mro__[1])
tests = ["binascii.unhexlify(b'abc')", "binascii.unhexlify(b'zz')", "binascii.unhexlify('é0')", "binascii.unhexlify(5)",
         "binascii.hexlify('ab')", "binascii.hexlify(b'ab', '--')", "binascii.a2b_base64(b'Zm9vY')", "binascii.a2b_base64(b'Zm9vYm')",
         "binascii.a2b_base64(b'Zm9vYm=', strict_mode=True)", "binascii.a2b_base64(b'=Zm9v', strict_mode=True)",
         "binascii.a2b_base64(b'Zm9v!', strict_mode=True)", "binascii.a2b_base64(b'Zm9=v', strict_mode=True)",
         "binascii.a2b_base64(b'Zm8=Zg==', strict_mode=True)", "binascii.a2b_base64(b'Zm8===', strict_mode=True)",
         "binascii.a2b_base64(b'Zm9vYmFy', strict_mode=True)", "binascii.b2a_base64('x')", "binascii.crc32('x')",
         "binascii.crc32(b'x', 1.5)", "binascii.crc_hqx(b'x')"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
