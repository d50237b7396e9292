# __eq__ / __repr__ that empty the container being searched or printed: no
# crash, CPython's results.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class K:
    def __init__(self, d, v): self.d = d; self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        self.d.clear()
        return False
d = {}
d[K(d, 1)] = 1
t(lambda: d.get(K(d, 2), "missing"))
print(len(d))
s = set()
class S:
    def __hash__(self): return 1
    def __eq__(self, o):
        s.clear()
        return False
s.add(S())
t(lambda: S() in s)
print(len(s))
l = [1, 2, 3]
class Q:
    def __eq__(self, o):
        l.clear()
        return False
t(lambda: Q() in l)
t(lambda: l.count(Q()))
l = [1, 2, 3]
try:
    l.index(Q())
except ValueError:
    print("ValueError (not in list)")
l = [1, 2, 3]
t(lambda: l.remove(Q()))
a = [Q(), Q()]; b = [1, 2]
l = a
t(lambda: a == b)
class R:
    def __repr__(self):
        rl.clear()
        return 'R'
rl = [R(), R(), R()]
print(rl)
class H:
    def __eq__(self, o):
        big.clear()
        return NotImplemented
    __hash__ = object.__hash__
big = {H(): 1 for _ in range(3)}
t(lambda: H() in big)
print('survived')
