# The collector keeps its scratch counts in the link words of the objects'
# headers during a collection and writes the links back as it walks. This
# mixes everything that walk must get right: tuples untracked in the middle
# and at the very end of the collected set, in young and full collections;
# garbage next to live objects; objects taken back from the unreachable
# list; weak references (with callbacks) to garbage and from garbage; a
# finalizer that resurrects part of a cycle; frozen objects; and the lists
# staying consistent afterwards (gc.get_objects, get_referrers).
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class Phoenix:
    saved = []

    def __del__(self):
        Phoenix.saved.append(self)


def tracked(*objs):
    return [gc.is_tracked(o) for o in objs]


gc.collect()

# Tuples of atoms between containers, and one created last (the set's tail).
keep = []
for i in range(5):
    keep.append([i])
    keep.append((i, "x"))
last = tuple(keep[0] + [8])  # built at run time: tracked until a collection
print(tracked(keep[1], keep[3], last))
print(gc.collect(0))
print(tracked(keep[1], keep[3], last), keep[0], keep[-1])

# A garbage cycle around live objects and an atom tuple.
a = Node("a")
b = Node("b")
a.other = b
b.other = a
t = (1, 2)
live = [t, Node("live")]
del a, b
print(gc.collect(), tracked(t, live), live[1].name)

# A live chain the walk meets in reverse: children judged unreachable
# before their parent is walked must come back.
head = None
for i in range(50):
    n = Node(i)
    n.other = head
    head = n
chain_tail = head
root = [head]
del head, n
print(gc.collect(), root[0].name, root[0].other.other.name)

# Weak references: a callback on a live weakref to garbage runs; a weakref
# that is itself garbage never calls back.
events = []
g1 = Node("g1")
g1.other = g1
w_live = weakref.ref(g1, lambda r: events.append("live callback"))
g2 = Node("g2")
g2.other = g2
g2.ref = weakref.ref(g2, lambda r: events.append("garbage callback"))
del g1, g2
print(gc.collect(), events, w_live() is None)

# A finalizer resurrects its object and, through it, its partner.
p = Phoenix()
q = Node("q")
p.partner = q
q.other = p
del p, q
print(gc.collect() >= 0, len(Phoenix.saved), Phoenix.saved[0].partner.name)
Phoenix.saved.clear()
print(gc.collect())

# Frozen objects are skipped, and come back unharmed.
f = [("frozen", 1)]
gc.freeze()
x = Node("x")
x.other = x
del x
print(gc.collect(), gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.collect(), f[0])

# The lists are consistent: every tracked object is found once.
objs = gc.get_objects()
print(len(objs) == len(set(map(id, objs))))
holder = [root]
print(len(gc.get_referrers(root)) >= 1, holder[0][0].name)
print(gc.collect(2), tracked(keep[1], last))
