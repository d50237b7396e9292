# A class is a cycle by itself (its MRO and its functions' globals); a class
# made in a function and dropped is freed, with its subclass and instance.
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
    class Base:
        pass
    class Derived(Base):
        def method(self):
            return Derived
    d = Derived()
    d.canary = canary
    Derived.instance = d
    Base.keep = canary


check("class and mro", build)
