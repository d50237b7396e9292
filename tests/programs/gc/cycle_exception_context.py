# A cycle through exceptions' __context__ and __cause__.
import gc
import weakref


class Canary:
    pass


def check(name, build):
    # `build` makes a cycle that holds the canary and keeps no other
    # reference to it: only the collector can free it, and only if every
    # type in the cycle reports its references.
    canary = Canary()
    build(canary)
    w = weakref.ref(canary)
    del canary
    print(name, "alive before collect:", w() is not None)
    gc.collect()
    print(name, "freed by collect:", w() is None)


def build(canary):
    try:
        try:
            raise KeyError("inner")
        except KeyError as inner:
            raise ValueError("outer") from inner
    except ValueError as outer:
        err = outer
    err.__cause__.back = err
    err.canary = canary


check("__cause__ and __context__", build)


def build_context(canary):
    a = ValueError("a")
    b = TypeError("b")
    a.__context__ = b
    b.__context__ = a
    a.canary = canary


check("__context__ loop", build_context)
