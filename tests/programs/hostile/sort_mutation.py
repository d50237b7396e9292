# A list modified during its own sort raises ValueError and stays usable.
l = list(range(10))
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(len(l) >= 10)

l = list(range(10))
def clearing(x):
    l.clear()
    return -x
try:
    l.sort(key=clearing)
except ValueError as e:
    print("ValueError", e)
print(sorted(l))

class Evil:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        victim.clear()
        return self.v < other.v
victim = [Evil(i) for i in range(20)]
try:
    victim.sort()
except ValueError as e:
    print("ValueError", e)
print(len(victim))

class Raiser:
    def __lt__(self, other):
        raise KeyError("cmp")
r = [Raiser(), Raiser(), 1]
try:
    r.sort()
except (KeyError, TypeError) as e:
    print(type(e).__name__, e)
print(len(r))
