# dataclasses: frozen, order, eq, unsafe_hash, repr/init off, __hash__ rules.
from dataclasses import dataclass, field, FrozenInstanceError, replace


@dataclass(frozen=True)
class Frozen:
    x: int
    y: str = 'a'


f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)), {f: 1}[Frozen(1, 'a')])
for action in (lambda: setattr(f, 'x', 2), lambda: delattr(f, 'y'),
               lambda: setattr(f, 'new', 1)):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(replace(f, y='b'), f)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'x'), Version(1, 0), Version(1, 2, 'b')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 5), Version(1, 2, 'a') == Version(1, 2, 'b'))
try:
    Version(1) < 3
except TypeError as e:
    print(e)


@dataclass
class Plain:
    a: int


print(Plain.__hash__, Plain(1) == Plain(1))
try:
    hash(Plain(1))
except TypeError as e:
    print(e)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default=None, hash=False)


print(hash(Hashy(3)) == hash((3,)), Hashy(3) == Hashy(3, [1]))


@dataclass(eq=False)
class NoEq:
    a: int


n = NoEq(1)
print(n == NoEq(1), n == n, hash(n) == hash(n), NoEq.__eq__ is object.__eq__)


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))


@dataclass(repr=False, init=False)
class Manual:
    a: int = 5

    def __init__(self):
        self.a = 9


print(Manual().a, Manual.__repr__ is object.__repr__)
for kw in ({'order': True, 'eq': False},):
    try:
        dataclass(**kw)(type('T', (), {}))
    except ValueError as e:
        print(e)
try:
    @dataclass(order=True)
    class Clash:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
try:
    @dataclass(unsafe_hash=True)
    class Clash2:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print(e)
