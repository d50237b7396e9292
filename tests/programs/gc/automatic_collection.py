# With the collector disabled, cycles survive any amount of allocation;
# once it is enabled, allocating many containers triggers a collection.
import gc
freed = 0
class Cell:
    def __del__(self):
        global freed
        freed += 1
gc.collect()
gc.disable()
for i in range(10):
    c = Cell()
    c.me = c
del c
keep = []
for i in range(5000):
    keep.append([i])
print('disabled, after allocating:', freed)
gc.enable()
for i in range(5000):
    keep.append([i])
print('enabled, after allocating:', freed)
del keep
