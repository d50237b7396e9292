# enum: IntEnum, StrEnum, mixed-in types, custom __new__ and __init__.
from enum import Enum, IntEnum, StrEnum, auto


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(repr(Num.ONE), str(Num.ONE), format(Num.ONE), f'{Num.TWO:>4}|{Num.TWO:03d}')
print(Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.THREE > Num.ONE, Num(2), Num['THREE'])
print(isinstance(Num.ONE, int), sorted([Num.THREE, Num.ONE]), hash(Num.TWO) == hash(2))
print(list(range(Num.THREE)), [10, 20, 30][Num.ONE], int(Num.TWO), Num.TWO.value)
print('%d %s %r' % (Num.ONE, Num.ONE, Num.ONE))


class Lvl(int, Enum):
    LOW = 1
    HIGH = 2


print(repr(Lvl.LOW), str(Lvl.LOW), format(Lvl.LOW), f'{Lvl.HIGH:>8}|', Lvl.LOW + 1, Lvl.HIGH == 2)


class Dir(StrEnum):
    NORTH = auto()
    SOUTH = 'south!'
    EAST = auto()


print(repr(Dir.NORTH), str(Dir.NORTH), format(Dir.NORTH), f'{Dir.SOUTH:>8}|')
print(Dir.NORTH == 'north', Dir.SOUTH.upper(), Dir('south!'), Dir.EAST.value, len(Dir.EAST))
print(list(Dir), '-'.join(Dir))
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print('TypeError', e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)))


class Coord(str, Enum):
    def __new__(cls, value, label):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    X = ('x', 'P.X')
    Y = ('y', 'P.Y')


print(repr(Coord.X), Coord('y'), Coord.Y.label, Coord.Y.value, Coord.X + '!')


class AutoNumber(Enum):
    def __new__(cls):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj


class Colour(AutoNumber):
    RED = ()
    GREEN = ()


print(list(Colour), Colour(2))


class T(tuple, Enum):
    A = (1, 2)


print(T.A, T.A.value, T.A[0], repr(T.A))


class Ordered(Enum):
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented

    LOW = 1
    HIGH = 5


print(Ordered.LOW < Ordered.HIGH, sorted([Ordered.HIGH, Ordered.LOW]))
