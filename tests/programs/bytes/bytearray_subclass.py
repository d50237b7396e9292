# bytearray can be subclassed; the repr names the class, and the inherited
# methods return plain bytearray, as in CPython.
class BA(bytearray):
    def double(self):
        return self + self

x = BA(b'xy')
x.append(0x7a)
x.extend(b'!!')
x[0] = 0x58
del x[-1]
print(type(x) is BA, x, repr(x), len(x))
print(x.double(), type(x.double()).__name__, type(x.upper()).__name__, type(x[:]).__name__)
print(type(x.copy()).__name__, x == b'Xyz!', x == bytearray(b'Xyz!'), bytes(x))
x += b'++'
print(type(x).__name__, x)
x.tag = 'hello'
print(x.tag, vars(x))
print(BA(), BA(3), BA([1, 2]), BA('h\u00e9', 'utf-8'), type(BA.fromhex('41')).__name__)

class Q(bytearray):
    pass
q = Q(b"it's")
print(repr(q), q.decode())
print(type(bytearray(q)).__name__, bytearray(q))
