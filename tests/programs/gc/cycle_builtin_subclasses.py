# Cycles through instances of user subclasses of built-in types.
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


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyException(Exception):
    pass


def build_list(canary):
    l = MyList([canary])
    l.append(l)


def build_dict(canary):
    d = MyDict(c=canary)
    d.me = d


def build_set(canary):
    s = MySet()
    s.me = s
    s.canary = canary


def build_exc(canary):
    e = MyException(canary)
    e.me = e


check("list subclass", build_list)
check("dict subclass", build_dict)
check("set subclass", build_set)
check("exception subclass", build_exc)
