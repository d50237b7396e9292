# enum: members by value and name, iteration, aliases, repr/str/format.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], repr(Color))
print(list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name, Color(1).name)
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(isinstance(Color.RED, Color), Color.RED in Color, Color.RED == 1)
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED is Color(1))
print(f'{Color.RED}|{Color.GREEN:>12}|{Color.BLUE!r}')
print(format(Color.RED), '%s %r' % (Color.RED, Color.RED))
print(hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: 'r'}[Color.CRIMSON])
print(list(reversed(Color)), bool(Color), bool(Color.RED))
print(sorted(Color, key=lambda c: -c.value))
print(Color._member_names_, Color._value2member_map_)
print(dir(Color))
print(dir(Color.RED))
print(Color.RED.__reduce_ex__(2))
print(Color.RED.RED if hasattr(Color.RED, 'RED') else 'no')


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print([(m.name, m.value) for m in Auto])


class Shape(Enum):
    SQUARE = 'sq'
    CIRCLE = 'ci'

    def describe(self):
        return '%s is %s' % (self.name.lower(), self.value)

    @property
    def upper(self):
        return self.value.upper()

    @classmethod
    def default(cls):
        return cls.CIRCLE

    @staticmethod
    def count():
        return len(Shape)

    LIMIT = 3


print(Shape.SQUARE.describe(), Shape.CIRCLE.upper, Shape.default(),
      Shape.count(), Shape.LIMIT, Shape(3))
print(dir(Shape.SQUARE))


@unique
class Fine(Enum):
    ONE = 1
    TWO = 2


print(list(Fine))


class Empty(Enum):
    pass


print(list(Empty), len(Empty), Empty.__members__)
