# Copies and the | and |= operators of the weak dictionaries keep only the
# live entries and stay weak.
import weakref


class V:
    def __init__(self, n):
        self.n = n


vals = [V(i) for i in range(3)]
d = weakref.WeakValueDictionary({i: v for i, v in enumerate(vals)})
c = d.copy()
merged = d | {"x": vals[0]}
print(type(c).__name__, len(c), type(merged).__name__, sorted(merged.keys(), key=str))
d |= {"y": vals[1]}
print(sorted(d.keys(), key=str), repr(d).startswith("<WeakValueDictionary at 0x"))
del vals[0]
print(len(c), len(merged), len(d))

keys = [V(i) for i in range(3)]
k = weakref.WeakKeyDictionary({key: key.n for key in keys})
kc = k.copy()
km = k | {keys[0]: "new"}
print(type(kc).__name__, len(kc), km[keys[0]], k[keys[0]])
k |= {keys[1]: "updated"}
print(k[keys[1]], repr(k).startswith("<WeakKeyDictionary at 0x"))
keys.pop()
print(len(k), len(kc), len(km))
