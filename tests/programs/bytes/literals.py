# bytes literals and the repr of bytes and bytearray (quote choice,
# escapes), with the operations the brief's examples use.
print(b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\n\t\r\\', b'\x7f\x80\xff')
print(rb'\n', br'\x00', b'a' b'b', b'', bytearray(b''), bytearray(b"it's"))
print(repr(b'abc'), str(b'abc'), repr(bytearray(b'q\'"')))
print(type(b'').__name__, b'abc' == bytes([97, 98, 99]), b'abc'[1], b'abc'[1:], len(b'\x00\x01'))
print(b'%d %s' % (1, b'x'), b'-'.join([b'a', b'b']), b'a,b'.split(b','))
print(b'hello'.decode(), b'\xc3\xa9'.decode('utf-8'), b'caf\xe9'.decode('latin-1'))
print(bytes.fromhex('de ad'), b'\xde\xad'.hex(), bytearray(b'ab') + b'cd')
d = {b'k': 1, 'k': 2}
print(d[b'k'], d['k'], len(d))
ba = bytearray(b'hello')
ba[0] = ord('j')
ba += b'!'
print(ba, ba.upper(), bytes(ba))
for c in b'hi':
    print(c, end=' ')
print()
print(b'\xff'.decode())
