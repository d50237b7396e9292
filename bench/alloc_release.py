# alloc_release: allocate a million objects, then release them all. Each
# round builds a list of instances (each with two int attributes and a small
# tuple), reads them, drops everything with del and calls gc.collect(); the
# memory should go back for the next round.
# Size: objects per round (default 1000000: half instances, half tuples).
# Checksum: data read from every round, and what gc.collect() found.
import sys
import gc

ROUNDS = 2


class Item:
    def __init__(self, a, b):
        self.a = a
        self.b = (a, b)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    gc.collect()
    total = 0
    found = 0
    for r in range(ROUNDS):
        objs = [Item(i, r) for i in range(n // 2)]
        for o in objs:
            total += o.a + o.b[1]
        total %= 1000000007
        del o
        del objs
        found += gc.collect()
    print("alloc_release", n, ROUNDS, total, found)


main()
