# enum: verify(UNIQUE, CONTINUOUS), EnumCheck, FlagBoundary, class hierarchy of the enum types.
from enum import Enum, IntEnum, Flag, verify, UNIQUE, CONTINUOUS, global_enum, EnumCheck, member, nonmember
import enum
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def v1():
    @verify(UNIQUE)
    class A(Enum):
        X = 1
        Y = 1
t(v1)
def v2():
    @verify(CONTINUOUS)
    class B(IntEnum):
        X = 1
        Y = 3
        Z = 5
t(v2)
def v3():
    @verify(UNIQUE, CONTINUOUS)
    class C(Enum):
        X = 1
        Y = 2
    return list(C)
t(v3)
t(lambda: list(EnumCheck))
t(lambda: (enum.STRICT, enum.KEEP.value))
t(lambda: enum.EnumMeta is enum.EnumType)
t(lambda: [m.value for m in enum.FlagBoundary])
class Color(Enum):
    RED = 1
    BLUE = 2
t(lambda: Color.RED.__objclass__)
t(lambda: Color.__qualname__)
t(lambda: Color.RED.__class__.__mro__)
t(lambda: IntEnum.__mro__)
t(lambda: enum.StrEnum.__mro__)
t(lambda: enum.IntFlag.__mro__)
