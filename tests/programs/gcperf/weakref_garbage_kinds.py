# The collector clears weak references before any finalizer runs, and only
# objects that are weak references or have some need that work: garbage
# of every kind here, weak references that are garbage themselves (their
# callbacks never run, subclasses and mixins included), and live weak
# references to garbage lists' neighbours (their callbacks run).
import gc
import weakref

log = []


class Plain:
    pass


class Mixin:
    pass


class Ref(weakref.ref):
    pass


class MixRef(Mixin, weakref.ref):
    pass


class SlotRef(weakref.ref):
    __slots__ = ("back",)


class D(dict):
    pass


class Slotted:
    __slots__ = ("peer", "__weakref__")


def cb(name):
    return lambda r: log.append(name)


# Live weak references to garbage of several kinds.
a = Plain()
a.me = [a]
d = D()
d["self"] = d
s = Slotted()
s.peer = (s,)
live = [weakref.ref(a, cb("plain")), weakref.ref(d, cb("dict-subclass")),
        weakref.ref(s, cb("slotted"))]
del a, d, s
print(gc.collect(), sorted(log), [r() for r in live])

# Weak references that are garbage themselves: no callback runs.
log.clear()
target = Plain()
junk = Plain()
junk.refs = [Ref(target, cb("ref-subclass")), MixRef(target, cb("mixin-subclass")),
             weakref.ref(target, cb("plain-ref"))]
junk.me = junk
holder = {"junk": junk}
holder["self"] = holder
del junk, holder
print(gc.collect(), log)
del target
print(log)

# A weak reference in a garbage cycle with its own referent.
log.clear()
p = Plain()
p.ref = SlotRef(p, cb("own"))
p.ref.back = p
del p
print(gc.collect(), log)
