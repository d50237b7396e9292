# WeakSet: members leave when they die.
import weakref


class M:
    def __init__(self, n):
        self.n = n


ms = [M(i) for i in range(5)]
s = weakref.WeakSet(ms[:3])
print(len(s), ms[0] in s, ms[4] in s, 3 in s)
s.add(ms[4])
print(sorted(m.n for m in s))
del ms[0]
print(len(s), sorted(m.n for m in s))
s.discard(ms[0])
print(len(s))
t = weakref.WeakSet([ms[1], ms[2]])
print(sorted(m.n for m in s | t), sorted(m.n for m in s & t), sorted(m.n for m in s - t))
print(t <= s | t, s == weakref.WeakSet(list(s)))
s.remove(ms[1])
try:
    s.remove(ms[1])
except KeyError:
    print("KeyError")
ms.clear()
print(len(s), len(t), list(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
x = M(7)
print(repr(weakref.WeakSet([x])).startswith("{<weakref at 0x"))
