# enum: global_enum reprs and module-level member names.
from enum import Enum, IntFlag, IntEnum, global_enum
@global_enum
class Mode(Enum):
    FAST = 1
    SLOW = 2
print(FAST, repr(SLOW), Mode(1), [Mode.FAST], str(FAST), format(SLOW))
@global_enum
class Bits(IntFlag):
    A = 1
    B = 2
print(repr(A), repr(A | B), str(A), repr(Bits(0)), repr(Bits(5)), str(A | B))
@global_enum
class Lvl(IntEnum):
    LO = 1
print(repr(LO), str(LO), format(LO), LO + 1)
