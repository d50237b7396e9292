# gc.collect()'s value after the single-pass walk: cycles of every shape are
# counted once, objects reachable from a root are not, and garbage without a
# finalizer skips the second walk yet is still counted and freed.
import gc


class Node:
    def __init__(self, v):
        self.v = v
        self.other = None


def make_cycles(n):
    for i in range(n):
        a = Node(i)
        b = Node(i)
        a.other = b
        b.other = a          # 2 instances in a cycle
        lst = [i]
        lst.append(lst)      # a list holding itself
        c = Node(i)
        c.other = [c, (c, i)]  # instance, list, tuple


gc.collect()
gc.disable()
make_cycles(100)
print(gc.collect())          # 100 * (2 + 1 + 3)

# A chain hanging off a live root survives; a dead chain with a cycle goes.
root = Node(-1)
cur = root
for i in range(50):
    nxt = Node(i)
    cur.other = nxt
    cur = nxt
cur.other = root             # the chain is a cycle, but root is alive
print(gc.collect())          # 0
del cur, nxt
root = None
print(gc.collect())          # the 51 instances
print(gc.collect())          # nothing left
gc.enable()
