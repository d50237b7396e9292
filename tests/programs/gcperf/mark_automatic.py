# Automatic full collections mark from the modules and the running frames
# too (low thresholds make them frequent here). Live objects held only by
# locals of running frames, a running generator, a closure or a module
# global must all survive them; every garbage cycle must be freed in the
# end, its finalizer run exactly once, and weak references to it cleared.
import gc
import weakref

gc.set_threshold(50, 2, 2)
deleted = []


class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None


class Finalized(Node):
    def __del__(self):
        deleted.append(self.value)


def pair(value, cls=Node):
    a = cls(value)
    b = cls(-value)
    a.peer = b
    b.peer = a
    return a


refs = []
live_global = []


def build(n):
    live = []
    for i in range(n):
        live.append(pair(i))
        junk = pair(i, Finalized)
        refs.append(weakref.ref(junk))
        del junk
        if i % 5 == 0:
            live.append((i, str(i)))
            live_global.append([pair(i)])
    return live


def producer(n):
    mine = []
    for i in range(n):
        mine.append(pair(i))
        junk = pair(i, Finalized)
        del junk
        yield len(mine)
    yield sum(p.peer.peer.value for p in mine)


def closure():
    kept = [pair(7)]

    def get():
        return kept[0].peer.value

    return get


get = closure()
heap = build(2000)
total = 0
for x in producer(500):
    total = x
gc.collect()
print(len(heap), heap[-1] if isinstance(heap[-1], tuple) else heap[-1].peer.peer.value)
print(sum(p.peer.value for p in heap if isinstance(p, Node)))
print(len(live_global), live_global[-1][0].peer.value, get(), total)
print(len(deleted), sorted(deleted)[:3], sorted(deleted)[-3:])
print(sum(1 for r in refs if r() is not None))
