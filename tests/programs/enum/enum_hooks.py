# enum: _missing_, _generate_next_value_, functional API, member/nonmember.
from enum import Enum, IntEnum, Flag, auto, member, nonmember


class Status(Enum):
    OK = 'ok'
    FAIL = 'fail'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status('OK'), Status('Fail'))
try:
    Status('nope')
except ValueError as e:
    print(e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'not a member'


try:
    Bad(2)
except TypeError as e:
    print(e)


class Raiser(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError('custom')


try:
    Raiser(2)
except KeyError as e:
    print('KeyError', e, type(e.__context__).__name__)


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return '%s-%d-%d' % (name.lower(), start, count)

    NORTH = auto()
    SOUTH = auto()


print([m.value for m in Named])


class Base(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2


class Sub(Base):
    X = auto()
    Y = auto()


print(list(Sub), Sub.Y.value)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), repr(Animal), Animal.BEE.value)
Pairs = Enum('Pairs', [('A', 5), ('B', 7)])
print(list(Pairs))
FromDict = Enum('FromDict', {'X': 'x', 'Y': 'y'})
print(list(FromDict))
Nums = IntEnum('Nums', 'P, Q, R', start=10)
print(list(Nums), Nums.Q + 1)
Bits = Flag('Bits', 'A B C')
print(list(Bits), Bits.A | Bits.C)


class Mixed(Enum):
    A = 1
    B = nonmember(2)
    C = member(lambda: 3)


print(list(Mixed.__members__), Mixed.B, Mixed.C.value())


class Hooked(Enum):
    def __init_subclass__(cls, **kw):
        print('subclass', cls.__name__, kw)
        super().__init_subclass__()


class Child(Hooked, tag=1):
    Z = 0


print(list(Child))


class Ign(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1


print(list(Ign), hasattr(Ign, 'tmp'))


class Tup(Enum):
    A = 1, 2
    B = 3, 4


print(Tup.A.value, Tup((3, 4)))
