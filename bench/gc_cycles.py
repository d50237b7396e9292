# gc_cycles: reference cycles created and dropped. Each round builds a batch
# of cycles (two instances referring to each other, a ring of three
# instances, a list containing itself, an instance and a list referring to
# each other), drops the batch with del and calls gc.collect(), which must
# find every object of the batch. Automatic collections run meanwhile.
# Size: number of rounds (default 70); each round makes 5000 of each shape.
# Checksum: the objects gc.collect() reported each round, and data read from
# the cycles before they were dropped.
import sys
import gc

PER_ROUND = 5000


class Node:
    def __init__(self, value):
        self.value = value
        self.other = None


def build(r):
    batch = []
    for i in range(PER_ROUND):
        a = Node(i)
        b = Node(r)
        a.other = b
        b.other = a
        batch.append(a)
        x = Node(1)
        y = Node(2)
        z = Node(3)
        x.other = y
        y.other = z
        z.other = x
        batch.append(x)
        lst = [i, r]
        lst.append(lst)
        batch.append(lst)
        c = Node(i + r)
        c.other = [c, i]
        batch.append(c)
    return batch


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 70
    gc.collect()
    found = []
    data = 0
    for r in range(rounds):
        batch = build(r)
        for k in range(0, len(batch), 4):
            a = batch[k]
            data += a.other.value + a.other.other.value
            data += batch[k + 1].other.other.other.value
            data += batch[k + 2][2][0]
            data += batch[k + 3].other[0].value
        del a
        del batch
        found.append(gc.collect())
    distinct = sorted(set(found))
    print("gc_cycles", rounds, PER_ROUND * 8, distinct, sum(found), data)


main()
