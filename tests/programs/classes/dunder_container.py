# __getitem__/__setitem__/__delitem__, __contains__, __iter__/__next__, __call__.
class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        if not isinstance(key, tuple):
            raise TypeError('grid indices must be pairs')
        return self.cells.get(key, '.')

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __len__(self):
        return len(self.cells)


g = Grid()
g[0, 1] = 'x'
g[2, 2] = 'y'
print(g[0, 1], g[5, 5], len(g), (0, 1) in g, (1, 1) in g, (1, 1) not in g)
del g[0, 1]
print(len(g))
try:
    del g[9, 9]
except KeyError as e:
    print('KeyError:', e)
try:
    g[1]
except TypeError as e:
    print('TypeError:', e)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
a, b, c, d = Seq()
print(a, d)


class Slicer:
    def __getitem__(self, k):
        return k


s = Slicer()
print(s[1:2], s[::3], s[1, 2:3], s[...])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), sum(Countdown(4)), next(Countdown(9)))
it = iter(Countdown(1))
print(next(it), next(it, 'done'))


class GenIter:
    def __iter__(self):
        yield from 'ab'


print(list(GenIter()), 'b' in GenIter())


class NotIter:
    pass


try:
    iter(NotIter())
except TypeError as e:
    print('TypeError:', e)
try:
    for x in 5:
        pass
except TypeError as e:
    print('TypeError:', e)


class BadIter:
    def __iter__(self):
        return 1


try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
try:
    NotIter()[0]
except TypeError as e:
    print('TypeError:', e)
try:
    NotIter()[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del NotIter()[0]
except TypeError as e:
    print('TypeError:', e)
try:
    1 in NotIter()
except TypeError as e:
    print('TypeError:', e)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, times=1):
        return (x + self.n) * times


add3 = Adder(3)
print(add3(4), add3(1, times=2), callable(add3), callable(NotIter()), list(map(add3, [1, 2])))
try:
    NotIter()()
except TypeError as e:
    print('TypeError:', e)
try:
    add3()
except TypeError as e:
    print('TypeError:', e)
