# The collector walks plain lists without their traverse call: lists in
# cycles, lists reachable only through other lists, list subclasses (which
# take the traverse path), lists holding ints, None, the empty tuple and
# classes, a list resurrected by a finalizer, and lists mutated by one.
import gc


class Node:
    pass


class MyList(list):
    pass


def self_cycles():
    a = [1, None, ()]
    a.append(a)
    b = MyList([2, 3])
    b.append(b)
    del a, b
    return gc.collect()


def chain_kept_alive():
    # A long chain of lists reachable from one root: the walk must reach
    # each through the previous one, in any order of the generation.
    root = []
    cur = root
    for i in range(1000):
        nxt = [i, int, "s"]
        cur.append(nxt)
        cur = nxt
    cur.append(root)  # a cycle through the whole chain, still reachable
    found = gc.collect()
    total = 0
    cur = root
    while isinstance(cur[-1], list) and cur[-1] is not root:
        cur = cur[-1]
        total += cur[0]
    return found, total


def garbage_chain():
    root = []
    cur = root
    for i in range(500):
        nxt = [i]
        cur.append(nxt)
        cur = nxt
    cur.append(root)
    del root, cur, nxt
    return gc.collect()


saved = []


class Resurrect:
    def __init__(self, payload):
        self.payload = payload
        self.me = [self, payload]

    def __del__(self):
        saved.append(self.me)
        self.me.append([len(saved)])


def resurrection():
    r = Resurrect([1, 2, [3]])
    del r
    found = gc.collect()
    me = saved[-1]
    return found, me[1], me[2], gc.is_tracked(me)


def list_in_instance_in_list():
    holders = []
    for i in range(200):
        n = Node()
        n.items = [i, [i, holders]]
        holders.append(n)
    found = gc.collect()
    s = sum(h.items[1][0] for h in holders)
    holders.clear()
    return found, s, gc.collect() > 0


print(self_cycles())
print(chain_kept_alive())
print(garbage_chain())
print(resurrection())
print(list_in_instance_in_list())
print(gc.collect())
