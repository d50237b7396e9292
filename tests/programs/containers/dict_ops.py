# dict operators (|, |=), views with set operations and comparisons,
# fromkeys, popitem order, mutation during iteration, errors and views'
# mapping attribute.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'd': 4}
print(d | e, e | d)
t(lambda: d | [('x', 1)])
f = dict(d); f |= e; print(f)
f |= [('z', 26)]; print(f)
t(lambda: f.__ior__(5))
print(d.keys() & e.keys(), sorted(d.keys() | e.keys()), sorted(d.keys() ^ e.keys()), sorted(d.keys() - e.keys()))
print(d.keys() & ['a', 'x'], sorted(['x'] | d.keys()), ['a', 'q'] - d.keys() if False else sorted({'a','q'} - d.keys()))
print(d.items() & {('a', 1), ('b', 3)}, sorted(d.items() | {('z', 0)}))
print(sorted(d.items() ^ e.items()), sorted(d.items() - e.items()))
print(d.keys().isdisjoint(e), d.keys().isdisjoint(['x']), d.items().isdisjoint([('a', 1)]))
print(d.keys() == {'a', 'b', 'c'}, d.keys() < {'a', 'b', 'c', 'd'}, d.keys() <= d.keys(), d.items() == d.items())
print(d.keys() > {'a'}, d.keys() >= {'a', 'z'})
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
class D(dict): pass
print(type(D.fromkeys('ab')), D.fromkeys('ab'))
g = {1: 1, 2: 2, 3: 3}
print(g.popitem(), g.popitem(), g)
g.popitem(); t(lambda: g.popitem())
t(lambda: {}.pop(1))
print({1: 2}.pop(3, 'def'))
t(lambda: {}[[1]])
t(lambda: {}.get([1]))
t(lambda: {}['k'])
t(lambda: {}[(1, [2])])
h = {}; h['self'] = h; print(h)
l = []; l.append(l); print(l, (l,))
s = {1: l}; print(s)
print(repr(d.keys()), repr(d.values()), repr(d.items()))
print(reversed(d).__class__.__name__, list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(d.setdefault('a'), d.setdefault('q', 5), d)
t(lambda: d.update(1))
t(lambda: d.update([1]))
t(lambda: d.update([(1,2,3)]))
t(lambda: dict([(1,2,3)]))
t(lambda: dict([[1,2]], x=5))
t(lambda: dict(1, 2))
d.update(x=1); d.update({'y': 2}, z=3); print(d)
t(lambda: {1: 2} < {1: 2})
t(lambda: d.keys() + 1)
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2}.keys() == {1: 2}.keys())
def mutate():
    m = {1: 1, 2: 2}
    for k in m:
        m[k + 10] = 1
t(mutate)
def mutate2():
    m = {1: 1, 2: 2}
    for k in m:
        del m[k]
t(mutate2)
def mutate3():
    m = {1: 1, 2: 2}
    for k in m.keys():
        m.pop(k); m[k+5]=1
t(mutate3)
print(len(d.keys()), 'a' in d.keys(), ('a', 1) in d.items(), ('a', 2) in d.items(), 1 in d.values())
t(lambda: ([],1) in d.items())
print(d.keys().mapping is d if hasattr(d.keys(), 'mapping') else 'nomap')
t(lambda: hash(d.keys()))
print(d.copy(), d.get('zz'), d.get('zz', 0))
del d['a']; t(lambda: d.__delitem__('a'))
print(list(d), list(d.values()))
t(lambda: {}.fromkeys())
t(lambda: dict.fromkeys(1))
print(dict(zip('ab', (1, 2))), dict({'a': 1}, b=2))
class M:
    def keys(self): return ['k']
    def __getitem__(self, k): return k * 2
print(dict(M()), {**M()})
t(lambda: dict.__getitem__({}, 1))
print(d.__contains__('b'), d.__len__())
dd = {}; dd[1] = 1; dd[1.0] = 2; dd[True] = 3; print(dd)
t(lambda: {}.popitem())
t(lambda: {}.get())
t(lambda: {}.setdefault())
t(lambda: {}.pop())
t(lambda: sorted({'a': 1}.items() | 5))
t(lambda: {'a': 1}.keys() & 5)
print({'a':1}.values() == {'a':1}.values())
print(sorted(d.items() - [('b', 2)]))
print(isinstance(d.keys(), object), type(d.keys()).__name__, type(d.items()).__name__, type(d.values()).__name__)
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
