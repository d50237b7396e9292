# A cycle through an exception's traceback: the frame of the function that
# caught it holds the exception in a local. (Ouro's tracebacks keep no
# frames, so there the canary may die before the collection; the program
# checks only that it is dead after it.)
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
    gc.collect()
    print(name, "freed by collect:", w() is None)


def build(canary):
    keep = canary
    try:
        raise ValueError("x")
    except ValueError as e:
        saved = e
    saved.note = keep


check("traceback frame", build)


def build_stored(canary):
    errors = [canary]
    try:
        raise KeyError("k")
    except KeyError as e:
        errors.append(e)
        e.errors = errors


check("exception in a list it refers to", build_stored)
