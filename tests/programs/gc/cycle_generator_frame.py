# A cycle through a suspended generator: its frame's local refers to the
# generator itself.
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
    def gen(c):
        me = yield 1
        yield me, c
    g = gen(canary)
    next(g)
    g.send(g)


check("suspended generator", build)


def build_list(canary):
    def gen(box):
        yield box
    box = [canary]
    g = gen(box)
    next(g)
    box.append(g)


check("generator in a list it holds", build_list)
