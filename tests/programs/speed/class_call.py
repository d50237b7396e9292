# C(args) for classes with a Python __init__: the instance, errors from
# __init__ and from its result, __new__ returning something else, the
# recursion limit, finalizers, frames and tracebacks, as type.__call__.
import sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    def __init__(self, x):
        super().__init__(x, x * 2)
        self.frame_name = sys._getframe(1).f_code.co_name


class R:
    def __init__(self, v):
        return v


class Boom:
    def __init__(self, n):
        if n > 1:
            raise ValueError("boom %d" % n)


class Odd:
    def __new__(cls, v):
        if v:
            return 42
        return super().__new__(cls)

    def __init__(self, v):
        print("Odd.__init__", v)


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


class Fin:
    log = []

    def __init__(self, fail):
        if fail:
            raise KeyError("fin")

    def __del__(self):
        Fin.log.append("del")


class Defaults:
    def __init__(self, a, b=5, *rest, **kw):
        self.v = (a, b, rest, kw)


class NoInit:
    pass


class WithCells:
    def __init__(self, k):
        self.get = lambda: k


def make_q():
    return Q(3)


p = P(1, 2)
print(type(p).__name__, p.x, p.y)
q = make_q()
print(q.x, q.y, q.frame_name)
for v in (None, 0, "s"):
    try:
        print(type(R(v)).__name__)
    except TypeError as e:
        print("TypeError:", e)
for n in (1, 2):
    try:
        print(type(Boom(n)).__name__)
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_lineno)
            tb = tb.tb_next
        print("ValueError:", e, names)
print(Odd(1), type(Odd(0)).__name__)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
print(type(NoInit()).__name__)
print(Defaults(1).v, Defaults(1, 2, 3, k=4).v, Defaults(a=7).v)
print(WithCells(9).get())
Fin(False)
try:
    Fin(True)
except KeyError as e:
    print("KeyError:", e)
print(Fin.log)
d = Deep(50)
depth = 0
while d is not None:
    depth += 1
    d = d.child
print(depth)
try:
    Deep(100000)
except RecursionError as e:
    print("RecursionError")
print([P(i, -i).y for i in range(5)])

# The recursion limit counts a class call's __init__ as a call from C.
level = 0


class Rec:
    def __init__(self):
        global level
        level += 1
        Rec()


for limit in (1000, 200):
    sys.setrecursionlimit(limit)
    level = 0
    try:
        Rec()
    except RecursionError as e:
        print(limit, level, e)
sys.setrecursionlimit(1000)

# One call site, the class's __init__ changed between calls.


class M:
    def __init__(self):
        self.v = 1


def mk(cls):
    return cls()


print(mk(M).v)


def init2(self):
    self.v = 2


M.__init__ = init2
print(mk(M).v)
del M.__init__
print(hasattr(mk(M), "v"), type(mk(int)).__name__, mk(P.__mro__[1]).__class__.__name__)


class N(M):
    pass


print(hasattr(mk(N), "v"))
M.__init__ = init2
print(mk(N).v, mk(M).v)
