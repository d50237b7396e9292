# list.sort: mutation during sort (ValueError), comparison errors keep the
# list whole, stability with key and reverse, mixed-type comparison errors.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
L = [3, 1, 2]
class X:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        L.append(0)
        return self.v < o.v
    def __repr__(self): return 'X%d' % self.v
L = [X(3), X(1), X(2)]
t(lambda: L.sort())
print(len(L) >= 3)
M = [X(2), X(1)]
def mut():
    M.sort(key=lambda x: (M.clear(), x.v)[1])
t(mut); print(M)
N = [5, 4, 3]
class E:
    def __init__(self, v): self.v = v
    def __lt__(self, o): raise RuntimeError('cmp failed')
N2 = [E(1), E(2)]
t(lambda: N2.sort()); print(len(N2))
t(lambda: sorted([3, 2, 1], key=lambda v: 1 / (v - 2)))
big = list(range(1000, 0, -1)); big.sort(); print(big[:3], big[-1])
stab = [(i % 3, i) for i in range(12)]
print(sorted(stab, key=lambda p: p[0])[:6])
print(sorted(stab, key=lambda p: p[0], reverse=True)[:6])
r = [1, 2, 3]; r.sort(reverse=True); print(r)
print(sorted([2.5, 1, True, -3]), sorted(['b', 'A', 'a']), sorted([[2], [1, 2], []]))
print(sorted([(1, None), (0, None)]))
t(lambda: sorted([(1, None), (1, None)]))
t(lambda: sorted([None, None]))
t(lambda: sorted([1, None]))
t(lambda: sorted([{1}, {2}]))
t(lambda: sorted([{}, {}]))
