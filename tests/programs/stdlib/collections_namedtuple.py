from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), isinstance(p, tuple))
print(Point._fields, Point.__name__, p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x + y, p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(sorted([Point(2, 1), Point(1, 5)]))
P3 = namedtuple('P3', 'a b c', defaults=[0, 'z'])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3._fields)
Q = namedtuple('Q', 'a, b')
print(Q(b=2, a=1))
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1,), {'x': 2, 'y': 3}),
                     ((), {})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError:', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError:', e)
for fields in (['a', 'a'], ['_a'], ['class'], ['1x']):
    try:
        namedtuple('T', fields)
    except ValueError as e:
        print('ValueError:', e)
R = namedtuple('R', ['a', 'def', 'a', '_b'], rename=True)
print(R._fields)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')

class Named(Point):
    __slots__ = ()
    def norm1(self):
        return abs(self.x) + abs(self.y)

n = Named(-3, 4)
print(n, n.norm1(), type(n._replace(x=1)).__name__)
match p:
    case Point(a, b):
        print('matched', a, b)
