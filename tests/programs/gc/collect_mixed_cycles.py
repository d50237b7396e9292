# Several independent cycles at once; objects still reachable are not counted.
import gc
class Box:
    pass
gc.collect()
keep = []
keep.append(keep)
l1 = []
l1.append(l1)
d1 = {}
d1['d'] = d1
b1 = Box()
b1.box = b1
del l1, d1, b1
print(gc.collect())
print(len(keep), keep[0] is keep)
