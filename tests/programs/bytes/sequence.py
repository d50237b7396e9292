# Indexing, slicing, len, iteration, membership, + and *, comparisons,
# hashing and bool of bytes and bytearray.
def B(s):
    return bytes(s, 'latin-1')

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = B('hello world')
ba = bytearray(b)
print(len(b), len(ba), len(B('')))
print(b[0], b[-1], ba[4], ba[-2])
print(b[1:4], b[::2], b[::-1], b[-3:], b[5:1], b[1:8:3])
print(ba[1:4], ba[::-2], ba[:])
print(list(b[:3]), list(ba[:3]), [x for x in B('AZ')])
print(B('lo') in b, 108 in b, 120 in b, B('') in b, B('xyz') in ba, bytearray(B('wor')) in b)
print(b + B('!'), ba + B('?'), b + bytearray(B('.')), B('ab') * 3, 2 * bytearray(B('x')))
print(B('ab') * 0, B('ab') * -2)
print(B('a') < B('b'), B('ab') < B('a'), B('abc') == bytearray(B('abc')), B('a') != B('a'))
print(B('a') <= B('a'), B('b') > B('ab'), bytearray(B('z')) >= B('y'))
print(B('a') == 'a', B('') == bytearray())
print(hash(B('')), hash(B('abc')) == hash(B('abc')), {B('k'): 1}[B('k')])
print(bool(B('')), bool(B('x')), bool(bytearray()), bool(bytearray(1)))
print(sorted([B('b'), B('a'), B('ab')]))
print(max(B('hello')), min(bytearray(B('hello'))), sum(B('ab')))
it = iter(B('ab'))
print(next(it), next(it), next(it, 'done'))
attempt(lambda: b[11])
attempt(lambda: ba[-12])
attempt(lambda: b['x'])
attempt(lambda: ba[1.0])
attempt(lambda: 'a' in b)
attempt(lambda: 300 in b)
attempt(lambda: b + 'x')
attempt(lambda: ba + 1)
attempt(lambda: b * 'x')
attempt(lambda: b < 'x')
attempt(lambda: hash(bytearray()))
attempt(lambda: b[::0])
print(type(iter(B('a'))).__name__, type(iter(bytearray())).__name__)
grow = bytearray(B('ab'))
seen = []
for c in grow:
    seen.append(c)
    if len(grow) < 4:
        grow.append(c + 2)
print(seen, grow)
print(list(reversed(B('abc'))), list(reversed(bytearray(B('xy')))))
