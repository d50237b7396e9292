# Cycles of plain class instances.
import gc
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.peer = b
b.peer = a
del a, b
print(gc.collect())
solo = Node()
solo.me = solo
del solo
print(gc.collect())
ring = [Node() for i in range(5)]
for i in range(5):
    ring[i].next = ring[(i + 1) % 5]
del ring
print(gc.collect())
