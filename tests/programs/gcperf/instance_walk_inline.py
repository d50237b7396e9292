# The collector walks plain instances (a class deriving from object alone)
# without their traverse call: instances in cycles, empty ones, ones with
# deleted attributes, a str subclass as an attribute name (the general
# path), subclasses of subclasses and __slots__ classes (the traverse path), a
# class that is itself garbage, and an instance resurrected by __del__.
import gc
import weakref


class Plain:
    pass


class Derived(Plain):
    pass


class Slotted:
    __slots__ = ("a", "b")


def cycles():
    a, b, c = Plain(), Derived(), Slotted()
    a.other = b
    b.other = c
    c.a = a
    c.b = Plain()  # empty instance, reachable only through the cycle
    del a, b, c
    return gc.collect()


def deleted_attrs():
    a = Plain()
    a.x = 1
    a.y = [a]
    a.z = 3
    del a.x
    del a.z
    kept = Plain()
    kept.ref = a
    del a
    found = gc.collect()
    return found, len(kept.ref.y), hasattr(kept.ref, "x")


class Key(str):
    pass


def container_key():
    a = Plain()
    k = Key("name")
    k.back = a
    setattr(a, k, "v")  # the key holds the only path back to `a`
    wr = weakref.ref(a)
    del a, k
    # (not the count: CPython counts the instance dict this materializes)
    return gc.collect() > 0, wr() is None


def garbage_class():
    class Local:
        pass

    x = Local()
    x.me = x
    Local.instance = x
    del x, Local
    return gc.collect() > 0


log = []


class Phoenix:
    def __del__(self):
        log.append(self)


def resurrect():
    p = Phoenix()
    p.me = p
    p.data = [1, 2]
    del p
    gc.collect()
    return len(log), log[0].data, log[0].me is log[0]


def many():
    roots = []
    for i in range(300):
        p = Plain()
        p.i = i
        p.peer = roots[-1] if roots else None
        roots.append(p)
    found = gc.collect()
    return found, sum(p.i for p in roots), roots[-1].peer.i


print(cycles())
print(deleted_attrs())
print(container_key())
print(garbage_class())
print(resurrect())
print(many())
log.clear()
print(gc.collect())
