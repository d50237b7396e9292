# A cycle that holds a large acyclic structure frees all of it.
import gc
freed = 0
class Leaf:
    def __del__(self):
        global freed
        freed += 1
gc.collect()
root = {'children': [[Leaf() for j in range(10)] for i in range(10)]}
root['root'] = root
del root
print(freed)
gc.collect()
print(freed)
