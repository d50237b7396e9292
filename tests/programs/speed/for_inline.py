# for loops over lists and ranges (whose next item the loop takes in line)
# and over everything else: lists changed while walked, iterators shared
# with next(), exhausted iterators that must stay exhausted, ranges at and
# past the edges of the small ints, loop targets that are not locals.
import sys

xs = [1, 2, 3]
seen = []
for x in xs:
    seen.append(x)
    if x < 3:
        xs.append(x * 10)
print(seen, xs)

xs = list(range(10))
for x in xs:
    if x % 2 == 0 and x in xs:
        xs.remove(x)
print(xs)

it = iter([1, 2, 3, 4, 5, 6])
pairs = []
for a in it:
    pairs.append((a, next(it, None)))
print(pairs)

lst = [1, 2]
it = iter(lst)
print(list(it), list(it))
lst.append(3)
print(list(it), next(it, "done"))

r = range(2 ** 62 - 3, 2 ** 62 + 3)
print([v for v in r])
for v in range(-(2 ** 62) + 1, -(2 ** 62) - 3, -1):
    print(v, type(v).__name__)
for v in range(sys.maxsize - 2, sys.maxsize + 2):
    print(v)
for v in range(10, 0, -3):
    print(v, end=" ")
print()
for v in range(0):
    print("never")
else:
    print("empty range else")

total = 0
for i in range(5):
    for j in range(i):
        total += i * j
print(total)


class Box:
    pass


b = Box()
d = {}
for b.v in [1, 2]:
    pass
for d["k"] in range(3):
    pass
print(b.v, d)


def gen():
    yield from range(3)
    yield from [3, 4]


print([g for g in gen()], [t for t in (1, 2, 3)], [c for c in "abc"])
for k in {"a": 1, "b": 2}:
    print(k)


def local_loop(seq):
    out = []
    for item in seq:
        out.append(item)
    return out


print(local_loop([None, "x", 2.5]), local_loop(range(3)), local_loop(reversed([1, 2, 3])))
big = [[i] for i in range(1000)]
acc = 0
for inner in big:
    acc += inner[0]
del big
print(acc)
