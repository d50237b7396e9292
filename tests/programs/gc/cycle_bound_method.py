# A cycle through a bound method stored on its own object.
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


class Holder:
    def method(self):
        return self


def build(canary):
    h = Holder()
    h.saved = h.method
    h.canary = canary


check("bound method", build)
