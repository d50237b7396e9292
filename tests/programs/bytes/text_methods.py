# Case conversion, is*() predicates, padding, expandtabs, translate and
# maketrans (ASCII-only, octets >= 0x80 untouched).
def B(s):
    return bytes(s, 'latin-1')

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

m = B('Hello wORLD 42 \xe9')
print(m.upper(), m.lower(), m.swapcase(), m.capitalize(), m.title())
print(B('hello-world foo_bar').title(), B('').upper(), bytearray(m).upper())
for x in [B(''), B('123'), B('abc'), B('aB1'), B(' \t\n'), B('ABC'), B('abc d'), B('\xe9'), B('A1')]:
    print(repr(x), x.isdigit(), x.isalpha(), x.isalnum(), x.isspace(), x.isupper(), x.islower(), x.isascii())
print(bytearray(B('12')).isdigit(), bytearray(B('Ab')).isupper())
print(B('ab').center(5, B('*')), B('ab').center(6, B('*')), B('abc').center(6), B('abc').center(2))
print(B('ab').ljust(5), B('ab').ljust(5, B('.')), B('ab').rjust(5), B('ab').rjust(4, bytearray(B('0'))))
print(bytearray(B('x')).center(3), bytearray(B('x')).rjust(1))
print(B('42').zfill(5), B('-42').zfill(5), B('+7').zfill(3), B('abc').zfill(2), B('').zfill(2), bytearray(B('1')).zfill(3))
print(B('a\tbc\td').expandtabs(), B('a\tb').expandtabs(4), B('x\ny\tz').expandtabs(2), B('\t').expandtabs(0))
tbl = bytes.maketrans(B('abc'), B('xyz'))
print(len(tbl), tbl[97:100], bytearray.maketrans(B('a'), B('b'))[97])
print(B('aabbcc').translate(tbl), B('aabbcc').translate(tbl, B('b')), B('abc').translate(None, B('ac')))
print(bytearray(B('cab')).translate(tbl), B('abc').translate(None, delete=B('b')))
attempt(lambda: B('a').center(5, B('xy')))
attempt(lambda: B('a').ljust(5, 'x'))
attempt(lambda: B('a').center('5'))
attempt(lambda: B('a').translate(B('x')))
attempt(lambda: bytes.maketrans(B('a'), B('bc')))
attempt(lambda: bytes.maketrans('a', 'b'))
attempt(lambda: B('a').upper(1))
attempt(lambda: bytearray(B('a')).isdigit(1))
attempt(lambda: bytearray(B('a')).lower(1))
attempt(lambda: B('a').zfill())
attempt(lambda: B('a').center())
attempt(lambda: bytes.maketrans(B('a')))
attempt(lambda: B('a').translate())
attempt(lambda: B('a').expandtabs(1, 2))
for x in [B(''), B('Hello World'), B('Hello world'), B('HELLO'), B('A1 B2'), B('1'), B('aB')]:
    print(repr(x), x.istitle(), bytearray(x).istitle())
print(B('abc').__bytes__(), bytearray(B('x')).__alloc__() >= 1)
