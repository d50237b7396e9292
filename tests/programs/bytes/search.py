# find/rfind/index/rindex/count/replace/startswith/endswith/removeprefix.
def B(s):
    return bytes(s, 'latin-1')

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = B('abracadabra')
for x in (b, bytearray(b)):
    print(x.find(B('bra')), x.rfind(B('bra')), x.find(B('zz')), x.find(97), x.rfind(97))
    print(x.find(B('a'), 1), x.find(B('a'), 1, 3), x.find(B('a'), -4), x.rfind(B('a'), 0, -1))
    print(x.index(B('cad')), x.rindex(B('a')), x.count(B('a')), x.count(B('bra')), x.count(97))
    print(x.count(B('')), x.count(B(''), 0, 1), x.find(B('')), x.rfind(B('')), x.find(B(''), 20))
    print(x.find(bytearray(B('dab'))), x.find(B('a'), None, 5), x.count(B('a'), 3, None))
print(b.replace(B('a'), B('A')), b.replace(B('a'), B('A'), 2), b.replace(B('bra'), B('')))
print(B('abc').replace(B(''), B('-')), B('abc').replace(B(''), B('-'), 2), bytearray(B('aa')).replace(B('a'), B('bb')))
print(b.startswith(B('abra')), b.startswith(B('bra')), b.startswith(B('bra'), 1), b.endswith(B('bra')))
print(b.startswith((B('x'), B('ab'))), b.endswith((B('x'), B('y'))), b.endswith(B('abr'), 0, -1))
print(b.startswith(B('')), b.startswith(B('a'), 20), bytearray(b).endswith(bytearray(B('a'))))
print(b.removeprefix(B('abra')), b.removesuffix(B('abra')), b.removeprefix(B('x')), b.removesuffix(B('')))
print(bytearray(b).removeprefix(B('ab')))
attempt(lambda: b.index(B('z')))
attempt(lambda: bytearray(b).rindex(120))
attempt(lambda: b.find('a'))
attempt(lambda: b.find(256))
attempt(lambda: b.count(-1))
attempt(lambda: b.startswith('a'))
attempt(lambda: b.endswith([B('a')]))
attempt(lambda: b.replace('a', B('b')))
attempt(lambda: b.find(B('a'), 'x'))
attempt(lambda: b.find())
attempt(lambda: b.find(1, 2, 3, 4))
attempt(lambda: b.count())
attempt(lambda: b.startswith())
attempt(lambda: b.index())
