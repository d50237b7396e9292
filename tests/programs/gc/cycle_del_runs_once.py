# __del__ of objects in a cycle runs once, then the cycle is freed.
import gc
count = 0
class Finalized:
    def __del__(self):
        global count
        count += 1
gc.collect()
x = Finalized()
y = Finalized()
x.y = y
y.x = x
del x, y
print(count)
print(gc.collect())
print(count)
print(gc.collect())
print(count)
