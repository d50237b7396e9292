import base64
import binascii
data = b'The quick brown fox jumps over the lazy dog.\x00\xff\xfe'
for n in range(7):
    d = data[:n]
    print(n, base64.b64encode(d), base64.b32encode(d), base64.b16encode(d), base64.b85encode(d), base64.a85encode(d))
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d)) == d
print(base64.b64encode(data), base64.b64decode('VGhl'), base64.b64decode(bytearray(b'VGhl')))
print(base64.b64encode(b'\xfb\xff\xbf', altchars=b'-_'), base64.b64decode(b'-_-_', altchars=b'-_'))
print(base64.urlsafe_b64encode(b'\xfb\xff\xbf'), base64.urlsafe_b64decode('-_-_'), base64.standard_b64encode(b'ab'), base64.standard_b64decode(b'YWI='))
print(base64.b64decode(b'YW!!Jj'), base64.b32hexencode(data[:10]), base64.b32decode('mzxw6===', casefold=True), base64.b32decode('M1XW6===', map01=b'L'))
print(base64.b16decode('616263'), base64.b16decode('6a6B', casefold=True))
print(base64.encodebytes(data * 3), base64.decodebytes(base64.encodebytes(data * 3)) == data * 3)
print(base64.b85encode(b'abc', pad=True), base64.a85encode(b'\0\0\0\0 abc', pad=True), base64.a85encode(b'    xx', foldspaces=True))
print(base64.a85encode(data, wrapcol=20, adobe=True), base64.a85decode(base64.a85encode(data, adobe=True), adobe=True) == data)
print(base64.a85decode(b'z 9jqo^'), base64.a85decode(b'y', foldspaces=True))
tests = ["base64.b64decode(b'YWJ', validate=True)", "base64.b64decode(b'YW!J', validate=True)", "base64.b64decode('é')",
         "base64.b64decode(12)", "base64.b64encode('abc')", "base64.b32decode(b'ABC')", "base64.b32decode(b'A1======')",
         "base64.b32decode(b'AB======')", "base64.b16decode(b'zz')", "base64.b16decode(b'abc')", "base64.b85decode(b'ab\"')",
         "base64.b85decode(b'~~~~~')", "base64.a85decode(b'abz')", "base64.a85decode(b'xyz{')", "base64.a85decode(b'abc', adobe=True)",
         "base64.a85decode(b's8W-\"')"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
