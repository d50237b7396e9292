# enum: members named name/value, mixins, user __str__/__repr__, float data type, aliases.
from enum import Enum, IntEnum, Flag, auto, unique
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Field(Enum):
    name = 1
    value = 2
t(lambda: (Field.name, Field.value, Field.name.name, Field.value.value, Field(2)))
class Mixin:
    def describe(self): return 'I am ' + self.name
class Animal(Mixin, Enum):
    CAT = 'c'
    DOG = 'd'
t(lambda: (Animal.CAT.describe(), repr(Animal.DOG)))
class Pretty(Enum):
    A = 1
    def __str__(self): return 'pretty ' + self.name.lower()
t(lambda: (str(Pretty.A), format(Pretty.A), f'{Pretty.A:>10}', repr(Pretty.A)))
class Rep(Enum):
    A = 1
    def __repr__(self): return 'Rep!'
t(lambda: [Rep.A])
class N(IntEnum):
    A = 1
    def __str__(self): return 'N-A'
t(lambda: (str(N.A), format(N.A), f'{N.A}'))
class Sh(Enum):
    A = 1
    B = 2
    @classmethod
    def pick(cls, v): return cls(v)
    def __lt__(self, o): return self.value < o.value
t(lambda: (Sh.pick(2), sorted([Sh.B, Sh.A]), max(Sh)))
t(lambda: Sh.A._name_ + str(Sh.A._value_))
class C(Enum):
    X = 1
    Y = X
    Z = 2
t(lambda: (list(C), C.Y, C.__members__.keys() if False else list(C.__members__)))
t(lambda: unique(C))
class Const(float, Enum):
    PI = 3.14
    E = 2.72
t(lambda: (Const.PI * 2, repr(Const.E), str(Const.E), Const(3.14)))
class Empty(Enum):
    def helper(self): return 1
class Sub(Empty):
    A = 1
t(lambda: (Sub.A.helper(), list(Sub)))
t(lambda: Sub.__mro__)
t(lambda: type(Sub))
t(lambda: (Sub.A == 1, Sub.A != 1, Sub.A is Sub(1)))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
t(lambda: (Perm(7), Perm.R | Perm.W | Perm.X, list(Perm.RWX), len(Perm.RWX), Perm.RWX in Perm))
t(lambda: Perm(5) & Perm.R)
t(lambda: bool(Perm.R & Perm.W))
