# dataclasses: kw_only, KW_ONLY, InitVar, ClassVar, inheritance, errors.
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar, asdict, replace
from typing import ClassVar


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    x: int = 10


print(Child(), Child(3, 4, 5), [f.name for f in fields(Child)], Child.__doc__)


@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2


print(Opts(a=1), Opts.__match_args__)
try:
    Opts(1)
except TypeError as e:
    print(e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
    d: int = field(default=4, kw_only=False)


print(Mixed(1, 9, b=2), Mixed.__match_args__, Mixed.__doc__)


@dataclass
class WithInit:
    value: int
    scale: InitVar[int] = 2
    count: ClassVar[int] = 0

    def __post_init__(self, scale):
        self.value *= scale
        WithInit.count += 1


w = WithInit(3)
print(w, WithInit(3, 10), WithInit.count, [f.name for f in fields(WithInit)], asdict(w))
print(replace(w, value=1), WithInit.__doc__)
print(repr(InitVar[int]), WithInit.__dataclass_fields__['scale']._field_type)
for body in ('list', 'dict', 'set'):
    try:
        exec('@dataclass\nclass Bad:\n    x: %s = %s()' % (body, body), {'dataclass': dataclass})
    except ValueError as e:
        print(e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
try:
    @dataclass
    class NoAnn:
        a = field(default=1)
except TypeError as e:
    print(e)


@dataclass(frozen=True)
class FBase:
    a: int


try:
    @dataclass
    class Thaw(FBase):
        b: int
except TypeError as e:
    print(e)


@dataclass
class Point:
    x: int
    y: int


def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return 'on x at %d' % x
        case Point(x=xx, y=yy):
            return 'at %d,%d' % (xx, yy)


print(where(Point(0, 0)), where(Point(3, 0)), where(Point(1, 2)))


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'q'


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 1
except AttributeError as e:
    print('AttributeError')
