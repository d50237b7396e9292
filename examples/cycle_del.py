# Two objects that refer to each other form a cycle. `del` removes our names,
# but each object still holds a reference to the other, so reference counting
# alone cannot free them. The cycle collector (gc.collect) can.
import gc

finalized = []


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        finalized.append(self.name)


gc.collect()               # start from a clean heap

a = Node('a')
b = Node('b')
a.partner = b              # a -> b
b.partner = a              # b -> a: a cycle

del a, b
print('after del, finalized:', finalized)          # nothing yet

found = gc.collect()
print('gc.collect() found', found, 'unreachable objects')
print('after collect, finalized:', sorted(finalized))
