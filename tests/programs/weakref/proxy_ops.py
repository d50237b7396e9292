# weakref.proxy forwards attribute access, calls and operators to the
# referent, and raises ReferenceError once it died.
import weakref


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + (other.x if isinstance(other, Vec) else other))

    def __radd__(self, other):
        return Vec(other + self.x)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x

    def __lt__(self, other):
        return self.x < other.x

    def __len__(self):
        return self.x

    def __getitem__(self, i):
        return i * self.x

    def __iter__(self):
        return iter(range(self.x))

    def __neg__(self):
        return Vec(-self.x)

    def __bool__(self):
        return self.x != 0

    def __str__(self):
        return "Vec(%d)" % self.x

    def __contains__(self, item):
        return item == self.x

    def double(self):
        return self.x * 2


v = Vec(3)
p = weakref.proxy(v)
print(p.x, p.double(), (p + 1).x, (1 + p).x, (p + p).x, (-p).x)
print(p == Vec(3), p < Vec(5), len(p), p[4], list(p), bool(p), str(p), 3 in p)
p.y = 10
print(v.y, type(p).__name__, type(p) is weakref.ProxyType)
print(weakref.proxy(v) is p, weakref.getweakrefcount(v))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


def f(a, b=2):
    return a + b


cp = weakref.proxy(f)
print(cp(1), cp(1, b=5), type(cp).__name__, callable(cp), callable(p))
log = []
p2 = weakref.proxy(v, lambda q: log.append(type(q).__name__))
print(p2 is not p)
del v
print(log)
for action in (lambda: p.x, lambda: p + 1, lambda: len(p), lambda: str(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
lst = [1, 2]
try:
    weakref.proxy(lst)
except TypeError as e:
    print(e)
