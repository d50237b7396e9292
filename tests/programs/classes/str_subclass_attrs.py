# Instances of subclasses of str and tuple take attributes: the attribute
# table follows the text or the items (regression: it overlapped them).
class S(str):
    pass

s = S('abc')
s.tag = 1
s.other = 'x' * 100
print(s, s.tag, s.other[:3], len(s), s.upper(), s == 'abc', hash(s) == hash('abc'))
print(sorted(s.__dict__))
del s.tag
print(hasattr(s, 'tag'))
long = S('y' * 1000)
long.n = 5
print(len(long), long.n, long[-1])
empty = S()
empty.k = [1, 2]
print(repr(empty), empty.k)
u = S('héllo wörld')
u.z = 3
print(u, u.z, len(u))
del s, long, empty, u


class T(tuple):
    pass

t = T((1, 2, 3))
t.label = 'three'
print(t, t.label, len(t), t[1], t + (4,))
for n in range(6):
    x = T(range(n))
    x.n = n
    assert x.n == n and len(x) == n
print(T().__dict__)


class I(int):
    pass

i = I(7)
i.unit = 'kg'
print(i + 1, i.unit)


# Cycles through the table are collected.
import gc
a = S('cyc')
a.me = a
b = T([None])
b.me = b
del a, b
print(gc.collect() >= 2)


class Named(str):
    def __new__(cls, text, tag):
        self = super().__new__(cls, text)
        self.tag = tag
        return self

n = Named('hi', 9)
print(n, n.tag, type(n).__name__)
