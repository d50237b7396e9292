# sort_key: list building and sorting with a key function. Records (tuples)
# are built with append and a list comprehension, then sorted several ways:
# list.sort with a lambda key, sorted with a named key function and
# reverse=True, and a sort of plain ints and of strings.
# Size: number of records (default 200000).
# Checksum: records sampled from each sorted order.
import sys


def weight(rec):
    return rec[2] * 3 - rec[1]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    recs = []
    x = 99
    for i in range(n):
        x = (x * 69069 + 12345) % 4294967296
        recs.append((i, x % 10007, (x >> 12) % 1009, "k%d" % (x % 50021)))
    by_second = sorted(recs, key=lambda r: r[1])
    by_weight = sorted(recs, key=weight, reverse=True)
    recs.sort(key=lambda r: (r[2], r[3]))
    ints = [r[1] * 1009 + r[2] for r in recs]
    ints.sort()
    names = [r[3] for r in by_second]
    names.sort()
    step = n // 7 + 1
    sample = []
    for lst in (by_second, by_weight, recs):
        for j in range(0, n, step):
            sample.append(lst[j][0])
    print("sort_key", n, sample, ints[n // 2], ints[-1], names[0], names[-1])


main()
