# WeakKeyDictionary: entries leave when their keys die.
import weakref


class K:
    def __init__(self, n):
        self.n = n


keys = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n * 10
print(len(d), d[keys[2]], keys[3] in d, K(9) in d, 5 in d)
del keys[0]
print(len(d), sorted(d.values()))
print(sorted(k.n for k in d.keys()))
print(sorted((k.n, v) for k, v in d.items()))
print(d.get(keys[0]), d.get(K(7), "none"))
print(d.pop(keys[0]), len(d))
print(d.setdefault(keys[0], 99), d[keys[0]])
del d[keys[1]]
print(len(d))
keys.clear()
print(len(d), [(k.n, v) for k, v in d.items()])
