# A cycle through functools.partial: an object holding a partial of its
# own method.
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


import functools


class Target:
    def act(self, x):
        return x


def build(canary):
    t = Target()
    t.callback = functools.partial(t.act, canary)


check("functools.partial", build)
