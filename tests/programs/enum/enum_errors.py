# enum: CPython's errors.
from enum import Enum, IntEnum, unique


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: Color(5))
attempt(lambda: Color('RED'))
attempt(lambda: Color['BLUE'])
attempt(lambda: Color[1])
attempt(lambda: Color.BLUE)


def reassign():
    Color.RED = 5


def delete():
    del Color.RED


attempt(reassign)
attempt(delete)
attempt(lambda: 1 < 2 and Color.RED < Color.GREEN)


def extend():
    class More(Color):
        BLUE = 3


attempt(extend)


def dup():
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1


attempt(dup)


def sunder():
    class Bad(Enum):
        _foo_ = 1


attempt(sunder)


def order():
    class Ordered(Enum):
        _order_ = 'A B'
        B = 2
        A = 1


attempt(order)


class N(IntEnum):
    ONE = 1


attempt(lambda: N(2))
attempt(lambda: N('x'))
attempt(lambda: Color.RED.name.missing)
Color.RED.extra = 'ok'
print(Color.RED.extra)
Color.new_attr = 3
print(Color.new_attr)
