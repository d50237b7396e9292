# A little of everything that allocates (used by scripts/fault_sweep, which
# fails each allocation in turn): classes, closures, generators, containers,
# string building, exceptions, and a reference cycle for the collector.
import gc

class Node:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.peer = None
    def __repr__(self):
        return f"Node({self.name!r}, {self.value})"

def counter(start):
    n = start
    def step(k=1):
        nonlocal n
        n += k
        return n
    return step

def squares(limit):
    for i in range(limit):
        yield i * i

nodes = [Node("n%d" % i, i * 1.5) for i in range(20)]
nodes[0].peer = nodes[1]
nodes[1].peer = nodes[0]
by_name = {n.name: n for n in nodes}
step = counter(10)
total = sum(squares(50)) + step() + step(5)
words = sorted({w.upper() for w in "the quick brown fox jumps over the lazy dog".split()})
text = ", ".join("%s=%r" % (k, v) for k, v in sorted(by_name.items())[:4])
pairs = list(zip(range(5), "abcde"))
try:
    {}["missing"]
except KeyError as e:
    caught = repr(e)
print(total, len(by_name), words[:3], caught)
print(text)
print(pairs, (1, (2, [3])), {1: {2: 3}}, b"x" * 3 + bytes(range(3)))
print("{:>8}|{:<6.2f}|{:^7}".format("right", 3.14159, "mid"), str(2**100)[-5:])
del nodes, by_name
gc.collect()
print("done")
