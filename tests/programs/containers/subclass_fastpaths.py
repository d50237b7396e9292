# Subclasses of the built-in containers: overridden __setitem__/__iter__/keys
# are honoured or bypassed exactly where CPython does (tuple(list subclass)
# iterates, dict(d) of a dict subclass without __iter__ copies directly).
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
print(D.fromkeys('ab', 1), D(a=1), dict(D(a=1)))
d = D(); d['x'] = 5; d.update(y=1); d.setdefault('z', 3); print(d)
class L(list):
    def __iter__(self): return iter([9, 9])
    def __len__(self): return 7
print(list(L([1, 2])), tuple(L([1])), sorted(L([3, 1])), len(L()), [*L([1])], set(L([1])))
class S(set):
    def __iter__(self): return iter([5])
print(list(S([1, 2])), sorted(S([1, 2]) | {3}), frozenset(S([1])))
class T(tuple):
    def __iter__(self): return iter(['it'])
print(list(T((1, 2))), T((1, 2)) + (3,), max(T((1, 5))))
class K(dict):
    def keys(self): return ['a']
    def __getitem__(self, k): return 'G' + k
k = K(a=1, b=2)
print(dict(k), {**k}, dict(**k) if False else 0, {}.update(k) or 'upd')
x = {}; x.update(k); print(x)
class Fk(dict):
    def __init__(self, *a): super().__init__(); self.inited = True
print(type(Fk.fromkeys('a')).__name__, Fk.fromkeys('a').inited)
