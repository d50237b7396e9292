# gc.collect() counts what is still unreachable after finalizers ran:
# a cycle its __del__ resurrects is not found, and is found once dropped.
import gc
gc.collect()
keep = []
class A:
    def __del__(self):
        keep.append(self)
a = A(); a.self = a
del a
print(gc.collect())
keep.clear()
print(gc.collect())
b = A(); c = A(); b.c = c; c.b = b
del b, c
print(gc.collect())
