# A list that contains itself is freed only by the cycle collector.
import gc
gc.collect()
a = []
a.append(a)
del a
print(gc.collect())
b = []
c = [b]
b.append(c)
del b, c
print(gc.collect())
print(gc.collect())
