# Cycles through dict views: a dict holding its own keys/values/items.
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
    d = {"c": canary}
    d["k"] = d.keys()
    d["v"] = d.values()
    d["i"] = d.items()


check("dict views", build)
