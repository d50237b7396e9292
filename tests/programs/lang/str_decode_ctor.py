# str(bytes-like, encoding, errors) decodes; repr escapes unassigned code points.
print(str(b'abc', 'ascii'))
print(str(b'abc', encoding='utf-8', errors='strict'))
print(str(bytearray(b'x\xe9'), 'latin-1'))
print(str(b'caf\xc3\xa9', 'utf-8'))
print(str(b'a\xffb', 'utf-8', 'replace'))
print(str(memoryview(b'mv'), 'ascii') if hasattr(__builtins__, 'memoryview') else 'mv')
class BB(bytes):
    pass
print(str(BB(b'sub'), 'ascii'))
for bad in ["'x', 'utf-8'", "3, 'utf-8'"]:
    try:
        eval('str(' + bad + ')')
    except TypeError as e:
        print(e)
try:
    str(b'\xff', 'ascii')
except UnicodeDecodeError as e:
    print(e)
try:
    str(b'x', 'nope')
except LookupError as e:
    print(e)
print(repr('\u0378'), repr('a\u0378b'), repr('\u00e9\u4e2d'), '\u0378'.isprintable())
print(ascii('\u0378'), repr('\U000e0100'), repr('\u2028'))
