# functools: partialmethod, cached_property, singledispatch and
# singledispatchmethod.
from functools import partialmethod, cached_property, singledispatch, singledispatchmethod, partial
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c._alive); c.set_dead(); print(c._alive)
print(type(Cell.set_alive).__name__); Cell.set_alive(c); print(c._alive)
class Data:
    def __init__(self, n): self.n = n; self.calls = 0
    @cached_property
    def total(self):
        self.calls += 1
        return sum(range(self.n))
d = Data(10); print(d.total, d.total, d.calls, 'total' in vars(d)); del d.total; print(d.total, d.calls)
print(type(Data.total).__name__, Data.total.attrname)
@singledispatch
def fun(arg, verbose=False): return f"default {arg!r}"
@fun.register
def _(arg: int, verbose=False): return f"int {arg}"
@fun.register(list)
def _(arg, verbose=False): return f"list of {len(arg)}"
def nothing(arg, verbose=False): return "none"
fun.register(type(None), nothing)
print(fun("x"), fun(3), fun(True), fun([1, 2]), fun(None), fun(2.5))
print(fun.dispatch(bool).__name__, fun.dispatch(float) is fun.registry[object], sorted(k.__name__ for k in fun.registry))
class Neg:
    @singledispatchmethod
    def neg(self, arg): raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int): return -arg
    @neg.register
    def _(self, arg: bool): return not arg
print(Neg().neg(5), Neg().neg(True))
try: Neg().neg("s")
except NotImplementedError as e: print(e)
try: fun()
except TypeError as e: print(e)
class Base: pass
class Derived(Base): pass
@singledispatch
def which(x): return "object"
which.register(Base, lambda x: "base")
print(which(Derived()), which(Base()), which(1))
