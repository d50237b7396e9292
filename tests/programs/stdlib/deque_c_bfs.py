# collections.deque (written in C) as the queue of a breadth-first search
# over a grid, plus the memory relations of sys.getsizeof and cycles
# through deques and their iterators found by the collector.
import gc
import sys
from collections import deque

W, H = 60, 40
walls = set()
for y in range(H):
    for x in range(W):
        if (x * 7 + y * 13) % 11 == 0 and (x, y) != (0, 0):
            walls.add((x, y))

dist = {(0, 0): 0}
queue = deque([(0, 0)])
peak = 0
while queue:
    x, y = queue.popleft()
    for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
        if 0 <= nx < W and 0 <= ny < H and (nx, ny) not in walls and (nx, ny) not in dist:
            dist[(nx, ny)] = dist[(x, y)] + 1
            queue.append((nx, ny))
    peak = max(peak, len(queue))
print(len(dist), max(dist.values()), peak, dist.get((W - 1, H - 1)))

# A sliding window with maxlen.
window = deque(maxlen=5)
sums = []
for i in range(20):
    window.append(i * i)
    sums.append(sum(window))
print(sums[-3:], list(window))

# Sizes: a bigger deque is bigger, a cleared one is back to the empty size.
empty = sys.getsizeof(deque())
big = deque(range(10000))
print(sys.getsizeof(big) > empty)
big.clear()
print(sys.getsizeof(big) == empty)

# Cycles through a deque, a deque subclass and a deque iterator.
gc.collect()


class Node:
    pass


class Q(deque):
    pass


n = Node()
n.q = deque([n])
q = Q()
q.append(q)
q.owner = q
r = deque()
r.append(iter(r))
del n, q, r
print(gc.collect() >= 4)
print(gc.collect())
