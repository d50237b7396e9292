# collections.deque (written in C): subclasses, repr, and what happens when
# a deque changes under an iteration, a comparison or a search.
from collections import deque


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class D(deque):
    def extra(self):
        return len(self) * 10


x = D([1, 2], 4)
print(repr(x), x.extra(), type(x.copy()).__name__, x.copy().maxlen)
print(type(x + D([3])).__name__, type(x * 2).__name__, repr(x * 3))
print(repr(D()), isinstance(x, deque), issubclass(D, deque))

# A deque inside itself, directly and through a list.
d = deque([1])
d.append(d)
print(repr(d))
inner = [d]
d.appendleft(inner)
print(repr(d))
d.clear()
print(repr(deque([deque([1]), deque([], maxlen=2)], maxlen=5)))


def mutate_append():
    q = deque([1, 2, 3])
    for v in q:
        q.append(v)


def mutate_pop():
    q = deque([1, 2, 3])
    for v in reversed(q):
        q.pop()


def mutate_rotate():
    q = deque([1, 2, 3])
    for v in q:
        q.rotate(1)


def assign_ok():
    q = deque([1, 2, 3])
    seen = []
    for v in q:
        seen.append(v)
        q[2] = 'z'
    return seen


t('append', mutate_append)
t('pop', mutate_pop)
t('rotate', mutate_rotate)
t('assign', assign_ok)

# The iterator stays stopped after the error.
q = deque([1, 2])
it = iter(q)
print(next(it))
q.append(3)
t('next', lambda: next(it))
t('again', lambda: next(it))


class Evil:
    def __init__(self, q):
        self.q = q

    def __eq__(self, other):
        self.q.append(0)
        return False


q = deque([1, 2, 3])
t('count', lambda: q.count(Evil(q)))
q = deque([1, 2, 3])
t('index', lambda: q.index(Evil(q)))
q = deque([1, 2, 3])
t('contains', lambda: Evil(q) in q)
q = deque([1, 2, 3])
t('remove', lambda: q.remove(Evil(q)))
q = deque([1, 2, 3])
t('eq', lambda: q == deque([Evil(q), 2, 3]))


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


# Items dropped by maxlen, pop, clear and del are freed at once.
b = deque([Loud('a'), Loud('b')], maxlen=2)
b.append(Loud('c'))
print('after append')
b.appendleft(Loud('d'))
print('after appendleft')
b.pop()
print('after pop')
del b[0]
print('after del')
b.append(Loud('e'))
b.clear()
print('after clear', len(b))
