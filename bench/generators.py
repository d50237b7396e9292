# generators: generator pipelines. A source generator feeds a chain of
# generator functions (filter, map, pairwise window, take-while) and generator
# expressions, consumed by for loops, sum() and max().
# Size: number of items from the source (default 1200000).
# Checksum: the results of each consumer.
import sys


def source(n):
    x = 7
    for _ in range(n):
        x = (x * 69069 + 12345) % 4294967296
        yield x >> 10


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def scaled(it, k):
    for v in it:
        yield v * k % 1000003


def pairs(it):
    prev = None
    for v in it:
        if prev is not None:
            yield prev, v
        prev = v


def below(it, limit):
    for v in it:
        if v >= limit:
            return
        yield v


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1200000
    total = 0
    ups = 0
    for a, b in pairs(scaled(evens(source(n)), 3)):
        total += a - b
        if b > a:
            ups += 1
    s = sum(v % 1000 for v in source(n) if v % 3)
    m = max(v ^ 12345 for v in scaled(source(n), 5))
    count = 0
    for v in below((i * i for i in range(n)), n * 50):
        count += 1
    print("generators", n, total, ups, s, m, count)


main()
