# __dict__ is an attribute of the objects that have one (instances of
# classes, functions, exceptions), described by the class that adds it, not
# of every object: dir([]) has no '__dict__', A.__dict__ lists it.
class A:
    def m(self): pass
a = A(); a.x = 1
print(list(A.__dict__), a.__dict__, vars(a))
a.__dict__ = {"y": 2}; print(a.y, vars(a))
class B(A): pass
print("__dict__" in B.__dict__, B().__dict__)
class S:
    __slots__ = ("v",)
print("__dict__" in S.__dict__, hasattr(S(), "__dict__"))
class SD:
    __slots__ = ("v", "__dict__")
sd = SD(); sd.z = 3; print("__dict__" in SD.__dict__, sd.__dict__)
def f(): pass
f.attr = 5; print(f.__dict__)
e = ValueError("x"); e.note = 1; print(e.__dict__)
print(hasattr([], "__dict__"), hasattr(1, "__dict__"), hasattr(object(), "__dict__"))
try: [].__dict__
except AttributeError as e: print(e)
import types
ns = types.SimpleNamespace(a=1); print(ns.__dict__)
class E(Exception): pass
print("__dict__" in E.__dict__, E("a").__dict__)
sm = staticmethod(print); sm.tag = 1; print(sm.tag, "tag" in sm.__dict__)
import math; print(type(math.__dict__).__name__)
print(sorted(vars(A).keys()))
