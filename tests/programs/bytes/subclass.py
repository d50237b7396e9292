# bytes can be subclassed: __new__, attributes, methods; the inherited
# methods and operators return plain bytes, as in CPython.
class B(bytes):
    def __new__(cls, v, tag=0):
        self = super().__new__(cls, v)
        self.tag = tag
        return self
    def shout(self):
        return self.upper() + b'!'

b = B(b'abc', 5)
print(type(b) is B, type(b).__name__, b, repr(b), b.tag, b.shout())
print(isinstance(b, bytes), issubclass(B, bytes), len(b), b[1], b[-1:], list(b))
for r in [b.upper(), b + b'x', b'x' + b, b[0:2], b[:], b * 1, b * 2, b.strip(), b.ljust(2),
          b.replace(b'z', b'y'), b.removeprefix(b'q'), bytes(b), b.__bytes__(), b.split()[0]]:
    print(type(r).__name__, r)
print(b == b'abc', b'abc' == b, hash(b) == hash(b'abc'), b < b'abd', b'b' in b, 98 in b)
print({b: 1}[b'abc'], b.decode(), b.hex(), b.find(b'c'), b.count(b'a'))
print(b'-'.join([b, b]), b.join([b'1', b'2']), type(b.join([])).__name__)

class C(bytes):
    pass
print(C(3), C([65, 66]), C('hi', 'ascii'), type(C(b'q')).__name__, C())
print(type(C.fromhex('4142')).__name__, C.fromhex('4142'), type(bytes.fromhex('41')).__name__)
c = C(b'data')
c.me = c          # a cycle through the instance's attributes
print(c.me is c, vars(c) == {'me': c})

class S(bytes):
    __slots__ = ()
s = S(b'slot')
print(s)
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError", e)

class R(bytes):
    def __repr__(self):
        return 'R<' + self.decode() + '>'
print([R(b'q')], R(b'e') == b'e')

class Big(bytes):
    pass
big = Big(b'x' * 10000)
print(len(big), big[9999], big.count(b'x'))
del c
import gc
gc.collect()
print("done")
