# An explicit full collection first marks what the modules and the running
# frames reach, then runs trial deletion on the rest. Whatever is found
# must be what trial deletion alone finds: live objects reachable only from
# a frame's value stack, a closure, a suspended or running generator, a
# handled exception or a finalizer's resurrection; garbage that refers to
# live objects; tuples of atoms untracked in order; frozen objects; several
# collections in a row (the marks alternate) with new objects in between.
import gc
import sys
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
        self.live = None
        self.also = None


def cycle(name):
    a = Node(name + "a")
    b = Node(name + "b")
    a.peer = b
    b.peer = a
    return a


def tracked(*objs):
    return [gc.is_tracked(o) for o in objs]


# A live heap through a local, a global, a class attribute and a closure.
class Registry:
    items = []


live_global = [cycle("g%d" % i) for i in range(50)]
Registry.items.append(cycle("class"))


def make_counter():
    kept = [cycle("closure")]

    def count():
        return len(kept)

    return count


counter = make_counter()


def main():
    local = [cycle("l%d" % i) for i in range(100)]
    for n in range(3):
        # Garbage next to the live heap, some of it pointing into it.
        for i in range(10):
            g = cycle("garbage%d" % i)
            g.live = local[i]
            g.peer.also = live_global
        del g
        print("round", n, gc.collect(), len(local), local[5].peer.name,
              counter(), Registry.items[0].peer.name)
    return local


heap = main()
print(gc.collect(), heap[99].name, live_global[49].peer.peer.name)


# Only on the value stack while collecting: alive.
def second(a, b):
    return a.peer.name, b


print(second(cycle("stack"), gc.collect()))


# Running and suspended generators.
def gen():
    mine = cycle("gen")
    yield gc.collect()
    yield mine.peer.name


it = gen()
print(next(it), gc.collect(), next(it))
suspended = gen()
next(suspended)
print(gc.collect(), next(suspended))

# A handled exception with a traceback cycle.
try:
    raise ValueError(cycle("exc"))
except ValueError as e:
    print(gc.collect(), e.args[0].peer.name)

# Tuples: a tuple of atoms in a live list is untracked; nested tuples of
# atoms too (inner first, in list order); a tuple holding a list is not.
one = int("1")
inner = (one, one + 1)
outer = (inner, str(one))
holds = ([],)
box = [outer, holds, (float(one), None)]
late = (one, "late")
box.insert(0, (late,))
del inner, late
print(tracked(box[0], box[0][0], box[1], box[1][0], box[2], box[3]))
print(gc.collect(), tracked(box[0], box[0][0], box[1], box[1][0], box[2], box[3]))
print(gc.collect(), tracked(box[0], box[0][0], box[1], box[1][0], box[2], box[3]))

# Tuples holding a list (moved by the marking: they stay tracked), with
# tuples of atoms, and tuples of tuples, inside.
mixed = [((one, 2), []), (((one, 3),), ((one, [one]),)), ([], (one,), {})]
print(tracked(mixed[0], mixed[0][0], mixed[1], mixed[1][0], mixed[1][1], mixed[2][1]))
print(gc.collect(), tracked(mixed[0], mixed[0][0], mixed[1], mixed[1][0], mixed[1][1],
                            mixed[2][1]))
print(gc.collect(), tracked(mixed[0], mixed[0][0], mixed[1], mixed[1][0], mixed[1][1],
                            mixed[2][1]))

# A tuple shared by many tuples (each visited once).
shared = (cycle("shared"),)
layers = [shared]
for i in range(40):
    layers.append((layers[-1], layers[-1]))
print(gc.collect(), layers[1][0][0].name, len(layers[-1]))

# Weak references: to live objects (no callback) and to garbage.
calls = []
w_live = weakref.ref(heap[3], lambda r: calls.append("live"))
dead = cycle("weak")
w_dead = weakref.ref(dead, lambda r: calls.append("dead"))
del dead
print(gc.collect(), calls, w_live() is heap[3], w_dead())

# Resurrection into a live list.
saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)
        gc.collect()  # a collection is already running: nothing happens


p = Phoenix()
p.self = p
del p
print(gc.collect(), len(saved), saved[0].self is saved[0])
print(gc.collect(), len(saved))


# Attribute tables with deleted entries and non-str keys.
class Odd:
    pass


o = Odd()
o.a = [o]
o.b = cycle("b")
del o.a
o.__dict__[(1, 2)] = [cycle("key")]
junk = cycle("odd")
junk.live = o
del junk
print(gc.collect(), sorted(k for k in o.__dict__ if isinstance(k, str)), o.b.peer.name)

# Frozen objects: no marking while anything is frozen; then unfrozen.
frozen_cycle = cycle("frozen")
gc.freeze()
junk = cycle("junk")
del junk
print(gc.collect(), gc.get_freeze_count() > 0)
gc.unfreeze()
junk = cycle("junk2")
del junk
print(gc.collect(), gc.collect(), frozen_cycle.peer.name)

# Younger collections between full ones, with new objects.
for n in range(3):
    more = [cycle("young%d" % n) for _ in range(5)]
    junk = cycle("y")
    del junk
    print(gc.collect(0), gc.collect(1), gc.collect(), more[4].peer.name)

# Every tracked object once, and the counts stable.
objs = gc.get_objects()
print(len(objs) == len(set(map(id, objs))))
before = len(gc.get_objects())
gc.collect()
print(len(gc.get_objects()) - before)
del objs
print(sys.getrefcount(heap) >= 2)
