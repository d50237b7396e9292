# dataclasses: __init__ annotations, signatures and the default __doc__.
from dataclasses import dataclass, field, InitVar, KW_ONLY
import inspect
@dataclass
class A:
    x: int
    y: list = field(default_factory=list)
    z: InitVar[str] = 'q'
    _: KW_ONLY
    k: float = 1.0
    def __post_init__(self, z): pass
print(A.__init__.__annotations__)
print(inspect.signature(A), A.__doc__)
@dataclass(init=False)
class B:
    a: int
    def __init__(self, q): self.a = q
print(B.__doc__, inspect.signature(B))
@dataclass(init=False)
class C:
    a: int = 0
print(C.__doc__)
@dataclass
class D:
    "My doc."
    a: int
print(D.__doc__)
