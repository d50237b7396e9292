# gc.collect() works even when automatic collection is disabled.
import gc
gc.collect()
gc.disable()
a = []
b = [a]
a.append(b)
del a, b
print(gc.isenabled(), gc.collect())
gc.enable()
