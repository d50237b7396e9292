# decode (utf-8, ascii, latin-1 and error handlers), hex and fromhex.
def B(s):
    return bytes(s, 'latin-1')

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

u = bytes('héllo wörld €𝄞', 'utf-8')
print(u.decode(), u.decode('utf-8'), u.decode(encoding='UTF-8'), bytearray(u).decode())
print(len(u), len(u.decode()))
print(B('abc').decode('ascii'), B('caf\xe9').decode('latin-1'), B('\xff').decode('latin1'))
bad = [B('\xff'), B('a\x80b'), B('\xe4\xb8\x41'), B('\xe4\xb8'), B('\xe4'), B('\xed\xa0\x80'),
       B('\xc0\xaf'), B('\xf4\x90\x80\x80'), B('\xf0\x9f\x98'), B('ok\xe2\x82')]
for x in bad:
    attempt(lambda: x.decode())
    print(repr(x.decode('utf-8', 'replace')), repr(x.decode('utf-8', 'ignore')))
attempt(lambda: B('a\xffb').decode('ascii'))
print(B('a\xffb').decode('ascii', 'replace'), B('a\xffb').decode('ascii', errors='ignore'))
attempt(lambda: B('a').decode('no-such'))
attempt(lambda: B('\xff').decode('utf-8', 'bogus'))
print(B('\xff').decode('utf-8', 'bogus2') if False else 'skipped')
attempt(lambda: B('a').decode(1))
print(B('\x00\x01\xab\xff').hex(), B('').hex(), bytearray(B('\x10')).hex())
h = B('\x01\x02\x03\x04\x05')
print(h.hex(':'), h.hex('-', 2), h.hex(B(' '), -2), h.hex(':', 0), h.hex(sep='_', bytes_per_sep=3))
print(bytes.fromhex('0102 ab FF'), bytes.fromhex(''), bytes.fromhex('  7f  '), bytearray.fromhex('dead beef'))
print(type(bytearray.fromhex('00')).__name__, B('x').fromhex('41'))
attempt(lambda: bytes.fromhex('0g'))
attempt(lambda: bytes.fromhex('1'))
attempt(lambda: bytes.fromhex('a b'))
attempt(lambda: bytes.fromhex('zz'))
attempt(lambda: bytes.fromhex('é0'))
attempt(lambda: bytes.fromhex(B('00')))
attempt(lambda: h.hex('ab'))
attempt(lambda: h.hex(3))
attempt(lambda: B('a').hex(1, 2, 3))
attempt(lambda: B('a').decode(1, 2, 3))
attempt(lambda: B('a').decode(foo=1))
