# abc: abstract properties, partial implementations, custom __init__, hooks.
from abc import ABC, abstractmethod, ABCMeta
import abc
from collections.abc import Mapping, Sequence
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class A(ABC):
    @abstractmethod
    def f(self): ...
    @property
    @abstractmethod
    def p(self): ...
class B(A):
    def f(self): return 1
t(lambda: B())
t(lambda: sorted(B.__abstractmethods__))
class C(B):
    p = 3
t(lambda: (C().f(), C().p))
t(lambda: A.__abstractmethods__)
t(lambda: type(A.__abstractmethods__).__name__)
t(lambda: abc.ABCMeta.__name__)
class D(A):
    def __init__(self, x): self.x = x
    def f(self): return self.x
    p = None
t(lambda: D(5).f())
t(lambda: D(x=2).x)
t(lambda: D())
class E(ABC):
    pass
t(lambda: type(E()).__name__)
t(lambda: isinstance(E(), ABC))
class M(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
t(lambda: (M({1: 2}) == M({1: 2}), dict(M({1: 2})), M({1: 2}).get(3, 'd')))
t(lambda: Sequence.register(M) is M)
t(lambda: (issubclass(M, Sequence), isinstance(M({}), Sequence)))
class G(metaclass=ABCMeta):
    @abstractmethod
    def go(self): pass
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'go') or NotImplemented
class Goer:
    def go(self): pass
t(lambda: (issubclass(Goer, G), isinstance(Goer(), G), issubclass(int, G)))
def make():
    class Bad(ABC):
        @abstractmethod
        def a(self): pass
        @abstractmethod
        def b(self): pass
        @abstractmethod
        def c(self): pass
    return Bad()
t(make)
@abc.abstractmethod
def free(): pass
t(lambda: free.__isabstractmethod__)
class H(ABC):
    @abc.abstractclassmethod
    def x(cls): pass
t(lambda: H())
t(lambda: abc.update_abstractmethods(B) is B)
