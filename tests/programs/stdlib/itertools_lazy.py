# The itertools functions are lazy: they pull from their inputs only as
# far as needed, and work on infinite iterators.
from itertools import count, cycle, islice, takewhile, dropwhile, chain, tee, groupby, accumulate, zip_longest

seen = []

def noisy(n):
    for i in range(n):
        seen.append(i)
        yield i

it = islice(noisy(100), 3)
print(seen)
print(list(it), seen)
print(list(takewhile(lambda x: x < 3, noisy(10))), seen)
seen.clear()
d = dropwhile(lambda x: x < 2, noisy(5))
print(seen, next(d), seen)
print(list(zip(count(1), 'abc')), list(zip(cycle([0, 1]), range(5))))
print(list(islice(chain(count(5), 'never'), 3)))
print(list(islice(accumulate(count(1)), 5)))
a, b = tee(count())
print(next(a), next(a), next(a), next(b))
print([(k, len(list(g))) for k, g in islice(groupby(cycle('aab')), 4)])
g = groupby([1, 1, 2])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(islice(zip_longest(count(), 'ab'), 4)))
try:
    next(chain(5))
except TypeError as e:
    print('TypeError:', e)
