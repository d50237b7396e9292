# collections.abc: mixin methods given to subclasses.
from collections.abc import (Mapping, MutableMapping, Sequence,
                             MutableSequence, Set, MutableSet, Iterator)


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(list(f.keys()), list(f.items()), list(f.values()))
print(f.get('a'), f.get('z'), f.get('z', 0), 'a' in f, 'z' in f)
print(f == {'a': 1, 'b': 2}, f == {'a': 1}, f != Frozen(a=1, b=2))
print(len(f.keys()), 'b' in f.keys(), ('a', 1) in f.items(), 2 in f.values())
print(f.keys() & {'a', 'q'}, sorted(f.keys() | {'c'}))
print(repr(f.keys())[:9])
try:
    Frozen.__reversed__
    reversed(f)
except TypeError as e:
    print('TypeError', e)


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s.update({'x': 1}, y=2)
s.update([('z', 3)])
print(sorted(s.items()), s.setdefault('x', 9), s.setdefault('w', 4))
print(s.pop('w'), s.pop('nope', 'dflt'), s.popitem(), len(s))
try:
    s.pop('nope')
except KeyError as e:
    print('KeyError', e)
s.clear()
print(len(s), dict(s))
try:
    s.popitem()
except KeyError:
    print('empty popitem')


class Span(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n


sp = Span(4)
print(list(sp), 20 in sp, 25 in sp, list(reversed(sp)), sp.index(20), sp.count(10))
try:
    sp.index(5)
except ValueError:
    print('ValueError')


class Vec(MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


v = Vec()
v.append(1)
v.extend([2, 3, 4])
v += [5]
v.reverse()
print(v._l, v.pop(), v.pop(0))
v.remove(3)
print(v._l)
v.clear()
print(v._l)


class ListSet(Set):
    def __init__(self, it=()):
        self._l = []
        for x in it:
            if x not in self._l:
                self._l.append(x)

    def __contains__(self, x):
        return x in self._l

    def __iter__(self):
        return iter(self._l)

    def __len__(self):
        return len(self._l)


a, b = ListSet([1, 2, 3]), ListSet([2, 3, 4])
print((a & b)._l, (a | b)._l, (a - b)._l, sorted((a ^ b)._l))
print(a <= b, ListSet([2]) < a, a == ListSet([3, 2, 1]), a.isdisjoint([7]))
print(a._hash() == ListSet([3, 1, 2])._hash())


class MSet(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


m = MSet([1, 2])
m |= [3, 4]
m -= [1]
print(sorted(m._s), m.pop(), sorted(m._s))
m.remove(3)
try:
    m.remove(99)
except KeyError as e:
    print('KeyError', e)
print(sorted(m._s))


class Bad(Mapping):
    pass


try:
    Bad()
except TypeError as e:
    print(e)


class Up(Iterator):
    def __init__(self):
        self.i = 0

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i


print(list(Up()), iter(Up()).__class__.__name__)
