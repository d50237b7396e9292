# A cycle through a function, its closure cell and back (the function
# refers to itself through the cell of its enclosing scope).
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
    def inner():
        return inner, canary
    inner.attr = canary


check("closure", build)


def build_cell_list(canary):
    items = [canary]
    def get():
        return items
    items.append(get)


check("cell holding a list", build_cell_list)
