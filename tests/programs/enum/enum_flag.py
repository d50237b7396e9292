# enum: Flag and IntFlag operations, pseudo-members, reprs and boundaries.
from enum import Flag, IntFlag, auto, CONFORM, EJECT, KEEP, STRICT


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value, list(rw), len(rw), bool(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), Perm(0).name)
print(repr(~Perm.R), repr(~rw), repr(Perm.R & Perm.W), repr(rw ^ Perm.R))
print(Perm.R in rw, Perm.X in rw, Perm(7), Perm(6) is rw, list(Perm))
print(repr(Perm), Perm._flag_mask_, f'{rw}', format(Perm.X))
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    Perm.R | 1
except TypeError as e:
    print(e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print([(c.name, c.value) for c in Color], list(Color.__members__))
print(Color.RED | Color.GREEN | Color.BLUE, Color(3), Color(0), repr(Color.NONE))
print(list(Color.WHITE), Color.WHITE.value)


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(IP.R | IP.W), str(IP.R | IP.W), format(IP.R), IP.R | IP.W == 6)
print(repr(IP(0)), repr(IP(8)), repr(IP(9)), repr(~IP.R), repr(IP.R | 8))
print(IP.R + 1, isinstance(IP.R, int), IP.R | 1, repr(IP.R & 6), repr(3 | IP.R))
print(list(IP(7)), IP.W in IP(7))


class Soft(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Soft(7)), repr(Ej(7)), repr(Keep(7)), Soft._boundary_ is CONFORM)
print(STRICT, repr(STRICT), Perm._boundary_ is STRICT, IP._boundary_ is KEEP)
