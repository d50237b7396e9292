# weakref.ref: calling, reuse of the callback-less ref, __callback__,
# getweakrefcount/getweakrefs, callbacks (newest first) after __del__.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "ref alive in __del__:", r() is self)


a = Node("a")
r = weakref.ref(a)
print(r() is a, r() .name)
print(weakref.ref(a) is r)
print(r.__callback__)
log = []
r1 = weakref.ref(a, lambda w: log.append(("r1", w() is None)))
r2 = weakref.ref(a, lambda w: log.append(("r2", w is r2)))
print(r1 is not r2, r1.__callback__ is not None)
print(weakref.getweakrefcount(a))
refs = weakref.getweakrefs(a)
print(len(refs), refs[0] is r, r1 in refs, r2 in refs)
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"))
del a
print(log)
print(r(), r1(), r1.__callback__)
print(type(r).__name__, type(r).__module__, weakref.ref is weakref.ReferenceType)
print(isinstance(r, weakref.ref))
