# __del__ that resurrects its object, raises, or allocates.
saved = []
class Phoenix:
    def __del__(self):
        print("del", self.name)
        saved.append(self)
p = Phoenix()
p.name = "a"
del p
print(len(saved), saved[0].name)
saved.clear()
print("after clear", len(saved))

class Loud:
    def __del__(self):
        raise ValueError("from del")
x = Loud()
del x
print("survived")

class Cyc:
    def __del__(self):
        saved.append(self.other)
a = Cyc()
b = Cyc()
a.other = b
b.other = a
del a, b
import gc
gc.collect()
print(len(saved) >= 1)
for s in saved:
    s.other = None
saved.clear()
gc.collect()
print("done")
