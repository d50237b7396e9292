# collections.deque can be weakly referenced, as in CPython.
import weakref, gc
from collections import deque
d = deque([1, 2, 3])
r = weakref.ref(d)
print(r() is d, weakref.getweakrefcount(d))
p = weakref.proxy(d)
print(len(p), list(p))
del d
gc.collect()
print(r())
class Sub(deque):
    pass
s = Sub([1])
rs = weakref.ref(s)
print(rs() is s)
try:
    weakref.ref([1])
except TypeError as e:
    print(e)
