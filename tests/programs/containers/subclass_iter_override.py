# Subclasses overriding __iter__ passed to update/extend/set()/dict(): the
# exact-type fast paths of CPython, and iteration otherwise.
class S(set):
    def __iter__(self): return iter([5])
class L(list):
    def __iter__(self): return iter(['L'])
class T(tuple):
    def __iter__(self): return iter(['T'])
class D(dict):
    def __iter__(self): return iter(['D'])
    def keys(self): return ['k']
    def __getitem__(self, k): return 'v'
s = set(); s.update(S([1])); print(s)
s = set(); s.update(L([1])); print(s)
s = set(); s.update(D(a=1)); print(s)
print(set(T((1,))), frozenset(L([2])), list(D(a=1)), dict(D(a=1)), sorted(D(a=1)))
l = [0]; l.extend(L([1])); l.extend(T((1,))); l += S([3]); print(l)
print(tuple(T((1, 2))), tuple(S([1])), tuple(D(a=1)), dict.fromkeys(D(a=1)), dict.fromkeys(S([1])))
print(list(zip(L([1]), T((2,)))), list(enumerate(S([1]))), any(L([0])), sum(T((1,)), ''), max(L([1])))
print({**D(a=1)}, [*D(a=1)], [*S([7])], len(D(a=1)), 'a' in D(a=1), 'D' in D(a=1))
x = {}; x.update(D(a=1)); print(x)
print(set(D(a=1)) | S([1]), S([1]) | {2}, {2} | S([1]), {1} - S([1]))
