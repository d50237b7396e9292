# collections.deque (written in C): the operations beyond the basics,
# with CPython's results and messages.
from collections import deque


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Indexing, assignment and deletion anywhere in a wrapped ring buffer.
d = deque(range(10))
for _ in range(7):
    d.append(d.popleft())
print(d, d[0], d[-1], d[5])
d[3] = 'x'
del d[1]
del d[-2]
del d[6]
print(d, len(d))
d.insert(0, 'a')
d.insert(-1, 'b')
d.insert(100, 'c')
d.insert(-100, 'd')
d.insert(4, 'm')
print(d)
t('str index', lambda: d['a'])
t('slice', lambda: d[1:2])
t('range', lambda: d[100])
t('neg range', lambda: d[-100])
t('huge', lambda: d[2**70])
t('bool index', lambda: d[True])

# rotate both ways, by more than the length, and with 0 or 1 items.
r = deque('abcdefg')
r.rotate(3)
print(''.join(r))
r.rotate(-5)
print(''.join(r))
r.rotate(100)
print(''.join(r))
r.rotate(-100)
print(''.join(r))
r.rotate()
print(''.join(r))
one = deque([1])
one.rotate(5)
empty = deque()
empty.rotate(-3)
print(one, empty)
t('rotate str', lambda: deque().rotate('a'))
t('rotate 2 args', lambda: deque().rotate(1, 2))

# index() with start and stop, count(), remove().
s = deque('abcabc')
print(s.index('c'), s.index('c', 3), s.index('a', -3), s.index('b', 0, 100))
t('index missing', lambda: s.index('z'))
t('index before start', lambda: s.index('a', 4))
t('index after stop', lambda: s.index('c', 0, 2))
t('index bad start', lambda: s.index('a', 'x'))
print(s.count('a'), s.count('z'), s.count('b'))
s.remove('b')
print(s)
t('remove missing', lambda: s.remove('q'))

# maxlen: appends and extends drop from the other end.
m = deque([1, 2, 3], maxlen=3)
m.extendleft([4, 5])
print(m, m.maxlen)
m.extend(range(10))
print(m)
print(deque(maxlen=None).maxlen, deque(maxlen=0).maxlen)
t('maxlen str', lambda: deque(maxlen='a'))
t('maxlen float', lambda: deque(maxlen=2.0))
t('maxlen negative', lambda: deque(maxlen=-1))
t('too many', lambda: deque([1], 2, 3))
t('bad keyword', lambda: deque(x=1))
t('keywords', lambda: deque(iterable=[1, 2], maxlen=1))

# __init__ again empties the deque and sets maxlen again.
e = deque([1, 2], maxlen=3)
e.__init__([7, 8, 9, 10])
print(e, e.maxlen)

# Operators.
a = deque([1, 2], maxlen=3)
print(a + deque([3, 4, 5]), a * 3, 3 * deque([1]), deque([1, 2]) * 0, deque([1, 2]) * -1)
t('add list', lambda: deque([1]) + [1])
t('mul str', lambda: deque([1]) * 'a')
t('lt list', lambda: deque([1]) < [1])
b = deque([1, 2], 3)
b *= 2
print(b)
b = deque([1, 2])
b *= 3
print(b)
b += b
print(b)
b += 'xy'
print(b)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]),
      deque([1]) >= deque([1, 0]), deque([[1]]) == deque([[1]]), deque([1]) == deque([1], maxlen=5))
print(deque([1, 2]) == [1, 2], deque() != (), 2 in deque([1, 2]), 'x' not in deque('abc'))
t('hash', lambda: hash(deque()))

# extend by itself, and with a non-iterable.
g = deque([1, 2])
g.extend(g)
g.extendleft(g)
print(g)
t('extend int', lambda: deque([1]).extend(5))
t('append no arg', lambda: deque().append())
t('pop arg', lambda: deque().pop(1))
t('count no arg', lambda: deque([1]).count())
t('insert str', lambda: deque([1]).insert('a', 2))
t('insert full', lambda: deque([1], 1).insert(0, 2))

# reversed(), iteration, length hints.
print(list(reversed(deque('abc'))), list(iter(deque('xyz'))), len(deque(range(5), 3)))
it = iter(deque([1, 2, 3]))
next(it)
print(it.__length_hint__(), type(it).__name__, type(reversed(deque())).__name__)
print(deque[int], deque.__class_getitem__(str), deque.__name__, deque.__module__)
