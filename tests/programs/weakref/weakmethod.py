# WeakMethod: a weak reference to a bound method, dead when the object dies.
import weakref


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
log = []
wm = weakref.WeakMethod(c.bump, lambda r: log.append("dead"))
print(wm()(), wm()(), isinstance(wm, weakref.ref))
print(wm == weakref.WeakMethod(c.bump), hash(wm) == hash(weakref.WeakMethod(c.bump)))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del c
print(wm(), log)
