# dataclasses: generated __init__, __repr__, __eq__, defaults, fields().
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2), repr(p), p.x, p.y, Point.y)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(p)[1].default)
print(asdict(p), astuple(p), replace(p, y=9), p)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(3))
print(Point.__match_args__, Point.__hash__, Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__name__)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'q': 2}), ((1,), {'x': 1})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print(e)


@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    count: int = field(default=1, repr=False)
    secret: str = field(default='s', compare=False)
    internal: int = field(default=7, init=False)


a = Inventory('a')
b = Inventory('a', ['t'])
a.tags.append('x')
print(a, b, Inventory('a').tags, a.internal, a.count)
print(Inventory('q', secret='1') == Inventory('q', secret='2'))
print(asdict(b), astuple(b))


@dataclass()
class Nested:
    p: Point
    pts: list
    m: dict


n = Nested(Point(1, 2), [Point(3, 4)], {'k': Point(5, 6)})
print(asdict(n))
print(astuple(n))
d = asdict(n)
d['pts'].append(0)
print(len(n.pts))


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


print(WithPost(4), [f.name for f in fields(WithPost)])


@dataclass
class Recur:
    name: str
    child: object = None


r = Recur('r')
r.child = r
print(r)
print(Recur('a', [Recur('b')]))


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return 'Custom!'


print(Custom(1), Custom(1) == Custom(1))
try:
    asdict(Point)
except TypeError as e:
    print(e)
try:
    fields(3)
except TypeError as e:
    print(e)
try:
    replace(3)
except TypeError as e:
    print(e)
