# __slots__ together with __getattr__, __setattr__, __delattr__ and
# __getattribute__; member descriptors used directly; empty __slots__.
class P:
    __slots__ = ('a', 'b')
    def __getattr__(self, n): return 'ga:' + n
    def __setattr__(self, n, v):
        print('set', n)
        super().__setattr__(n, v)
    def __delattr__(self, n):
        print('del', n)
        object.__delattr__(self, n)
p = P()
print(p.a, p.zz)
p.a = 1
print(p.a)
del p.a
print(p.a)
try: p.c = 3
except AttributeError as e: print(e)
object.__setattr__(p, 'b', 2); print(p.b)
print(P.a.__get__(p) if False else P.b.__get__(p, P))
P.b.__set__(p, 9); print(p.b); P.b.__delete__(p) if hasattr(P.b, '__delete__') else None
print(p.b)
class G:
    def __getattribute__(self, n):
        if n == 'x': return 'X'
        return super().__getattribute__(n)
g = G(); g.y = 2
print(g.x, g.y)
try: g.z
except AttributeError as e: print(e)
class H:
    __slots__ = ()
    def m(self): return 'm'
print(H().m(), H.__slots__)
class K(H):
    pass
k = K(); k.anything = 1; print(k.anything, k.__dict__)
