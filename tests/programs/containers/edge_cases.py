# dict/set/list edge cases: __missing__, dict() from pairs and errors, in-place
# set ops with itself, frozenset hashes equal CPython's, huge list indexes,
# slice assignment from iterators, sort key errors and stability, live views.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class M(dict):
    def __missing__(self, k): return k * 2
m = M(a=1); print(m['a'], m['zz'], m.get('zz'), 'zz' in m, type(m.copy()).__name__)
t(lambda: {1: 2} < {1: 2})
t(lambda: {1: 2} <= {})
print(dict(['ab', 'cd']), dict([(1, 2), [3, 4]]))
t(lambda: dict(['abc']))
t(lambda: dict([1]))
t(lambda: dict([(1,)]))
t(lambda: {}.update([(1, 2), 'abc']))
t(lambda: {}.update({}, {}))
t(lambda: {}.get(1, 2, 3))
t(lambda: {}.setdefault(1, 2, 3))
t(lambda: {}.pop(1, 2, 3))
t(lambda: {}.copy(1))
t(lambda: {}.keys(1))
t(lambda: dict.fromkeys([1], 2, 3))
print(dict.fromkeys({'a': 1, 'b': 2}, 0), dict.fromkeys(set([5])), M.fromkeys('a', 1))
s = {1, 2, 3}; s -= s; print(s)
s = {1, 2, 3}; s ^= s; print(s)
s = {1, 2, 3}; s &= s; print(s)
s = {1, 2, 3}; s |= s; print(s)
s = {1, 2}; s.update([3], {4}, (5,), range(6, 8)); print(s)
s.difference_update(); s.intersection_update(); print(s)
print(s.union(), s.intersection(), s.difference(), type(frozenset([1]).intersection()).__name__)
t(lambda: {1} < [1])
t(lambda: {1} <= frozenset())
t(lambda: {1}.update(1))
t(lambda: {1}.symmetric_difference(1))
t(lambda: {1}.symmetric_difference([1], [2]))
t(lambda: {1} - [1])
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset(['a'])) == hash(frozenset(['a'])))
print(hash(frozenset([frozenset([1])])), hash(frozenset([-1, 2**70])))
a = [1, 2, 3]
t(lambda: a.index(1, 2**100))
print(a.index(3, -2**100), a.index(2, 0, 2**100))
a.insert(2**100, 'end'); a.insert(-2**100, 'start'); print(a)
t(lambda: a.pop(2**100))
a[1:3] = (x * 10 for x in range(3)); print(a)
a[::2] = iter('abc'); print(a)
t(lambda: a.__delitem__(slice(None, None, 0)))
b = [1, 2]; b.extend(x for x in b if False); b.extend(iter(b)); print(b)
b = [3, 1, 2]
def keyf(v):
    if v == 2: raise KeyError('bad key')
    return v
t(lambda: b.sort(key=keyf)); print(b)
c = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
print(sorted(c, key=lambda p: p[0], reverse=True), sorted(c, key=lambda p: p[0]))
class W:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'W%d' % self.v
print(sorted([W(3), W(1), W(2)]), min(W(3), W(1)), max([W(3), W(5)]))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return 'G%d' % self.v
print(sorted([OnlyGt(2), OnlyGt(1)]))
t(lambda: sorted([object(), object()]))
d = {1: 'a', 2: 'b'}
k = d.keys(); i = d.items(); v = d.values()
d[3] = 'c'; print(list(k), list(i), list(v), len(k))
print(k & {1, 9}, k | [7], k - {1}, k ^ {1, 8}, i & [(1, 'a')], {(2, 'b')} & i)
print(type(k & k).__name__, type(i | i).__name__, k.isdisjoint(i), i.isdisjoint(k))
e = {}; e.update(d.items()); print(e == d, e.items() == d.items(), e.keys() == d.keys(), d.keys() != {1})
t(lambda: d.values() | {1})
x = {'a': 1}; x.update(a=2, b=3); print(x, x.popitem(), x)
print({**{'a': 1}, 'b': 2, **{'a': 3}}, dict(d, **{'4': 4}))
print({1: 1} | {}, {} | {1: 1}, type(M(a=1) | {}).__name__, type({} | M(a=1)).__name__)
y = M(a=1); y |= {'b': 2}; print(type(y).__name__, y)
t(lambda: {} | 1)
t(lambda: 1 | {})
del d[1]; d[1] = 'again'; print(d, list(d), d.popitem())
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.items())))
