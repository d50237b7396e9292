# Cycles through iterators: a list holding its own iterator, a dict
# holding an iterator over itself, enumerate and zip objects.
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


def build_list(canary):
    items = [canary]
    items.append(iter(items))


check("list iterator", build_list)


def build_dict(canary):
    d = {"c": canary}
    d["it"] = iter(d)


check("dict iterator", build_dict)


def build_enumerate(canary):
    items = [canary]
    items.append(enumerate(items))
    items.append(zip(items, items))
    items.append(map(len, [items]))


check("enumerate, zip and map", build_enumerate)
