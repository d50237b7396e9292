# gc.freeze() moves every tracked object to the permanent generation in one
# splice and unfreeze() brings them back; frozen cycles are not collected
# until unfrozen.
import gc

gc.collect()
gc.disable()


class Node:
    pass


def cycle():
    a = Node()
    b = Node()
    a.other = b
    b.other = a


for _ in range(10):
    cycle()
gc.freeze()
print(gc.get_freeze_count() > 20)
print(gc.collect())          # the frozen cycles are invisible
cycle()
print(gc.collect())          # only the new one
before = gc.get_freeze_count()
gc.unfreeze()
print(gc.get_freeze_count(), before > 0)
print(gc.collect())          # the ten frozen cycles
gc.enable()
