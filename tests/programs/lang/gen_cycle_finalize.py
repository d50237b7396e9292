# A suspended generator caught in a reference cycle is finalized by the
# collector: its frame (and what its locals hold) is released, and a
# pending finally clause runs, as in CPython.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def plain():
    keep = Noisy("plain local")
    yield 1
    yield 2

def guarded():
    keep = Noisy("guarded local")
    try:
        yield 1
    finally:
        print("finally runs")

gc.collect()
for make in (plain, guarded):
    it = make()
    next(it)
    box = [it]
    box.append(box)
    del it, box
    gc.collect()
    print("collected", make.__name__)

def selfref():
    me = yield
    yield me
it = selfref()
next(it)
it.send(it)
del it
gc.collect()
print("end")
