# dataclasses: edge cases (fields named self/cls, init=False with replace, InitVar,
# ClassVar, hash rules with explicit __eq__ or __hash__ = None).
from dataclasses import dataclass, field, fields, asdict, replace, FrozenInstanceError, InitVar
import dataclasses
from typing import ClassVar, List, Optional
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
@dataclass
class A:
    x: int
    y: List[int] = field(default_factory=list)
    z: ClassVar[int] = 5
t(lambda: A(1))
t(lambda: A.__init__.__doc__)
t(lambda: A.__doc__)
t(lambda: repr(fields(A)[1].default_factory))
t(lambda: A(1) == A(1, []))
t(lambda: A(1) < A(2))
t(lambda: [f.name for f in fields(A)])
t(lambda: asdict(A(1, [1, 2])))
t(lambda: dataclasses.astuple(A(3)))
t(lambda: A.__dataclass_fields__['z']._field_type)
t(lambda: A(x=1, y=[2]).__eq__(3))
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: Optional[str] = None
t(lambda: F(1) < F(2))
t(lambda: F(1, 'x'))
t(lambda: F(1).__hash__() == hash((1, None)))
t(lambda: F.__doc__)
@dataclass
class G(A):
    w: int = 0
t(lambda: G(1))
t(lambda: G.__doc__)
t(lambda: G.__match_args__)
@dataclass
class H:
    a: int
    def __eq__(self, o): return True
t(lambda: H.__hash__)
@dataclass(eq=True, frozen=False)
class I:
    a: int
    __hash__ = None
t(lambda: I.__hash__)
@dataclass
class J:
    self: int
    cls: int = 0
t(lambda: J(1, 2))
t(lambda: replace(J(1), cls=5))
@dataclass
class K:
    a: int = field(init=False, default=3)
    b: int = 1
t(lambda: K(5))
t(lambda: replace(K(), a=4))
@dataclass
class L:
    x: InitVar[int]
    y: int = 0
    def __post_init__(self, x): self.y = x + 1
t(lambda: L(4))
t(lambda: replace(L(4), y=0))
t(lambda: dataclasses.is_dataclass(L(1)))
print(len(fields(L(1))), fields(L(1))[0].name)
