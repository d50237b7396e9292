# Weak references to objects freed by the cycle collector are cleared
# before any __del__ runs (CPython's handle_weakrefs), callbacks of live
# weak references run, and callbacks of weak references that are garbage
# themselves never run.
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(("del", self.name, watch() is None))


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
watch = weakref.ref(a, lambda r: log.append(("callback", r() is None)))
del a, b
print(gc.collect())
print(sorted(log, key=str))
print(watch())

# A weakref that is part of the garbage: its callback must not run.
log.clear()
c = Node("c")
c.self_ref = c
c.own = weakref.ref(c, lambda r: log.append("garbage callback"))
watch = weakref.ref(c)
del c
print(gc.collect())
print(log, watch())


# A callback that looks at the collected objects' other weak references.
class Holder:
    pass


log.clear()
h1, h2 = Holder(), Holder()
h1.other, h2.other = h2, h1
w2 = weakref.ref(h2)
w1 = weakref.ref(h1, lambda r: log.append(("w2 dead", w2() is None)))
del h1, h2
print(gc.collect(), log)

# After the collector called it, the callback stays on the weak reference
# (a death by reference counting drops it).
log.clear()
x = Holder()
x.me = x
wx = weakref.ref(x, lambda r: log.append("x"))
del x
print(gc.collect(), log, wx.__callback__ is not None)
