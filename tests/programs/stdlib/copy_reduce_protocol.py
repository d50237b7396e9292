# copy follows the reduction protocol when a class decides its own: a
# __getstate__/__setstate__ pair, __reduce__, __reduce_ex__ with list
# items, copyreg.pickle, a str reduction, slots state; plain classes
# copy as before.
import copy, copyreg
class Conn:
    def __init__(self, host):
        self.host = host
        self.sock = object()
    def __getstate__(self):
        d = dict(self.__dict__); d['sock'] = None; return d
    def __setstate__(self, state):
        self.__dict__.update(state); self.sock = 'reopened'
c = copy.copy(Conn('h')); print(c.host, c.sock)
c = copy.deepcopy(Conn('h')); print(c.host, c.sock)
class OnlyGet:
    def __init__(self): self.a = [1]; self.b = 2
    def __getstate__(self): return {'a': self.a}
o = copy.deepcopy(OnlyGet()); print(vars(o), hasattr(o, 'b'))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __reduce__(self): return (Point, (self.x, self.y))
p = copy.deepcopy(Point(1, [2])); print(p.x, p.y)
class Sing:
    def __reduce__(self): return 'Sing'
s = Sing(); print(copy.copy(s) is s)
class Tagged(list):
    def __reduce_ex__(self, proto):
        return (Tagged, (), {'tag': 'x'}, iter(self), None)
t = copy.deepcopy(Tagged([[1], 2])); print(type(t).__name__, t, t.tag)
class Pair:
    def __init__(self, a): self.a = a
copyreg.pickle(Pair, lambda p: (Pair, (p.a * 10,)))
print(copy.copy(Pair(3)).a)
class Slotted:
    __slots__ = ('u', 'v')
    def __getstate__(self): return (None, {'u': self.u})
z = Slotted(); z.u = 1; z.v = 2
w = copy.copy(z); print(w.u, hasattr(w, 'v'))
class Plain:
    def __init__(self): self.q = [1]
e = copy.deepcopy(Plain()); print(e.q)
