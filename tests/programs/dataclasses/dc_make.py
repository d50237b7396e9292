# dataclasses: make_dataclass, metadata, field reprs, inspect of __init__.
import inspect
from dataclasses import make_dataclass, field, fields, dataclass, is_dataclass

P = make_dataclass('P', [('x', int), ('y', int, field(default=0))], order=True)
print(P(1), P(1, 2) < P(2, 0), is_dataclass(P), P.__name__, [f.name for f in fields(P)])
Q = make_dataclass('Q', ['a', 'b'], namespace={'total': lambda self: self.a + self.b})
print(Q(1, 2).total())


@dataclass
class M:
    a: int = field(default=1, metadata={'unit': 'cm'})
    b: str = 'x'


fa, fb = fields(M)
print(fa.metadata['unit'], dict(fb.metadata), fa.name, fa.type, fa.default, fa.init, fa.repr, fa.compare, fa.hash, fa.kw_only)
print(inspect.signature(M), inspect.signature(M.__init__))
print(M.__dataclass_params__)
