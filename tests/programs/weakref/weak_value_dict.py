# WeakValueDictionary: entries leave when their values die.
import weakref
import gc


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


objs = [Obj(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for i, o in enumerate(objs):
    d[i] = o
print(len(d), sorted(d.keys()), d[2], d.get(9), 3 in d, 9 in d)
del objs[1]
print(len(d), sorted(d), 1 in d, d.get(1, "gone"))
try:
    d[1]
except KeyError as e:
    print("KeyError:", e)
print(sorted(o.name for o in d.values()))
print(sorted((k, v.name) for k, v in d.items()))
keep = Obj("x")
d["x"] = keep
print(d.pop("x") is keep, "x" in d)
print(d.setdefault("y", keep) is keep, d["y"] is keep)
c = d.copy()
print(type(c).__name__, len(c) == len(d))
objs.clear()
gc.collect()
print(len(d), sorted(d.keys(), key=str))
a, b = Obj("a"), Obj("b")
a.peer, b.peer = b, a
d2 = weakref.WeakValueDictionary(first=a, second=b)
del a, b
print(len(d2))
print(gc.collect() > 0, len(d2))
