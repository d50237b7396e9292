# object.__reduce_ex__, __reduce__ and __getstate__ (3.11): the default
# reduction of plain instances, slots, list and dict subclasses, a
# class's own __reduce__, and their place in dir().
import copyreg
class C: pass
c = C(); c.x = 1
print(c.__getstate__(), C().__getstate__())
r = c.__reduce_ex__(2); print(r[0] is copyreg.__newobj__, r[1] == (C,), r[2], r[3], r[4])
r = c.__reduce_ex__(4); print(r[1:])
r = c.__reduce__(); print(r[0] is copyreg._reconstructor, r[1] == (C, object, None), r[2])
r = C().__reduce__(); print(len(r))
class S:
    __slots__ = ('a', '__b')
    def __init__(self): self.a = 1; self._S__b = 2
print(S().__getstate__())
r = S().__reduce_ex__(2); print(r[2])
try:
    S().__reduce__()
except TypeError as e: print('TypeError', e)
class L(list): pass
l = L([1, 2]); l.tag = 't'
r = l.__reduce_ex__(2); print(r[1] == (L,), r[2], list(r[3]), r[4])
class D(dict): pass
r = D(a=1).__reduce_ex__(3); print(r[2], r[3], list(r[4]))
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2) == (R, ()))
print(C.__reduce_ex__ is object.__reduce_ex__, C.__getstate__ is object.__getstate__)
print([n for n in dir(object()) if 'reduce' in n or 'state' in n])
try:
    c.__reduce_ex__()
except TypeError as e: print('TypeError')
