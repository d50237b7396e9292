# enum: edge cases of member attributes, IntEnum/IntFlag arithmetic, unhashable values.
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum, unique
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def setv(): Color.RED.value = 3
t(setv)
def setn(): Color.RED.name = 'x'
t(setn)
t(lambda: Color.RED < 1)
t(lambda: Color.RED + 1)
t(lambda: [c for c in Color.RED] if hasattr(Color.RED, '__iter__') else 'noiter')
t(lambda: Color.__members__['RED'])
t(lambda: type(Color.__members__).__name__)
t(lambda: Color(Color.RED))
t(lambda: Color.RED.__class__.__name__)
t(lambda: isinstance(Color, enum.EnumMeta))
t(lambda: Color.RED.__dict__ if False else sorted(k for k in vars(Color.RED)))
class Weekday(IntEnum):
    MON = 1
    TUE = 2
t(lambda: Weekday.MON | Weekday.TUE)
t(lambda: max(Weekday))
t(lambda: {Weekday.MON: 'x'}.get(1))
t(lambda: '{:d}|{}|{!s}|{!r}'.format(Weekday.TUE, Weekday.TUE, Weekday.TUE, Weekday.TUE))
t(lambda: Weekday(1.0))
class P(Flag):
    A = auto()
    B = auto()
    C = auto()
t(lambda: P.A | P.B | P.C)
t(lambda: ~(P.A | P.B | P.C))
t(lambda: P(7).name)
t(lambda: [repr(x) for x in P])
t(lambda: P.A in P)
t(lambda: 1 in P.A)
t(lambda: hash(P.A) == hash(P.A))
t(lambda: P['A'])
t(lambda: P(-1))
class IP(IntFlag):
    A = 1
    B = 2
t(lambda: IP(-1))
t(lambda: ~IP.A)
t(lambda: IP.A ^ IP.B)
t(lambda: IP.A + IP.B)
t(lambda: list(IP(3)))
t(lambda: format(IP.A | IP.B, '04b'))
class S(StrEnum):
    X = 'x'
t(lambda: S.X + 'y')
t(lambda: 'x' == S.X)
t(lambda: S('x'))
t(lambda: {S.X: 1}['x'])
class E(Enum):
    A = [1, 2]
    B = {'k': 1}
t(lambda: E([1, 2]))
t(lambda: E({'k': 1}))
t(lambda: E.A.value)
t(lambda: Enum('Q', 'a b', start=0).b.value)
t(lambda: list(Enum('Q', ['x', 'y'])))
t(lambda: Color.RED.__hash__() == hash('RED'))
t(lambda: sorted([Weekday.TUE, Weekday.MON]))
t(lambda: Color._member_map_ is Color.__members__)
t(lambda: bool(Color.RED))
t(lambda: repr(enum.auto()) if False else 'skip')
t(lambda: [m.name for m in reversed(Color)])
t(lambda: Color.GREEN in [Color.RED, Color.GREEN])
