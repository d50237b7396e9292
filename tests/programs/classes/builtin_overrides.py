# Subclasses of built-in types overriding the protocol methods (__getitem__,
# __len__, __iter__, __contains__, __str__, __add__, __index__, __bool__):
# the overrides win where CPython uses them.
class L(list):
    def __getitem__(self, i): return 'x'
    def __len__(self): return 42
    def __iter__(self): return iter('it')
    def __contains__(self, v): return v == 'c'
l = L([1, 2])
print(l[0], len(l), list(l), 'c' in l, 1 in l, bool(L()), sorted(l), l == [1, 2], str(l))
class D(dict):
    def __getitem__(self, k): return 'over'
    def __len__(self): return 0
    def keys(self): return ['a']
    def __iter__(self): return iter(['z'])
d = D(a=1)
print(d['a'], d.get('a'), len(d), list(d), bool(d), d == {'a': 1})
class S(str):
    def __len__(self): return 99
    def __str__(self): return 'S-str'
    def __getitem__(self, i): return '#'
s = S('abc')
print(len(s), str(s), s[0], s + 'd', '%s' % s, f'{s}', s.upper(), ''.join([s]), [c for c in s])
class I(int):
    def __add__(self, o): return 'I.add'
    def __index__(self): return 1
    def __bool__(self): return False
    def __str__(self): return 'I!'
i = I(5)
print(i + 1, 1 + i, sum([i]), [0, 1, 2][i], bool(i), str(i), repr(i), f'{i}', '%d' % i, i * 2, range(i))
class T(tuple):
    def __len__(self): return 0
    def __getitem__(self, k): return 'g'
t = T((1, 2))
print(len(t), t[0], list(t), t == (1, 2), bool(t), hash(t) == hash((1, 2)), *t)
class E(Exception):
    def __str__(self): return 'custom'
try: raise E('a')
except E as e: print(e, repr(e), e.args)
class F(float):
    def __repr__(self): return 'F!'
print(F(1.5), [F(2)], F(1.5) + 1, round(F(2.5)))
