# The types CPython refuses to weakly reference, and those it allows.
import weakref
import gc


class Plain:
    def method(self):
        pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class FromSlotted(Slotted):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyBytes(bytes):
    pass


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


def gen():
    yield 1


def fn():
    pass


refused = [1, 2**100, "s", (), (1,), [], {}, None, 1.5, b"x", True, ValueError("e"),
           object(), Slotted(), MyInt(3), MyTuple(), MyBytes(b"x"), range(3), iter([]), slice(1),
           property(), weakref.ref(Plain)]
for v in refused:
    try:
        weakref.ref(v)
        print("allowed?", type(v).__name__)
    except TypeError as e:
        print(e)

allowed = [Plain(), SlottedWeak(), FromSlotted(), MyStr("x"), MyList(), MyDict(), gen(),
           fn, Plain, int, Plain().method, {1}, frozenset(), gc, fn.__code__, len]
for v in allowed:
    r = weakref.ref(v)
    print("ok", type(v).__name__, r() is v)
