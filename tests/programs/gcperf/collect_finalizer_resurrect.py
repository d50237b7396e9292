# Finalizers in garbage force the second walk: a resurrected object (and
# what it keeps alive) is not counted, the rest is, and __del__ runs once.
import gc

saved = []
log = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        log.append(self.name)
        if self.name.startswith("keep"):
            saved.append(self)


class Plain:
    def __init__(self):
        self.other = None


gc.collect()
gc.disable()
a = Phoenix("keep-a")
b = Plain()
a.other = b
b.other = a
c = Phoenix("drop-c")
d = Plain()
c.other = d
d.other = c
del a, b, c, d
print(gc.collect())          # c and d: a and b came back
print(sorted(log))
print(len(saved), type(saved[0].other).__name__)
log.clear()
saved[0].other = None
saved.clear()
print(gc.collect(), log)     # __del__ does not run twice
gc.enable()
