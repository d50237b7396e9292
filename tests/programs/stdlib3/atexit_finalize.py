# atexit callbacks registered after a weakref.finalize run before it at exit
# (CPython: finalize's own exit hook is an earlier atexit registration);
# a failing callback at a normal end leaves the exit status 0.
import atexit
import weakref

class Res:
    pass

r = Res()
weakref.finalize(r, print, "finalizer runs at exit")

def report(tag):
    print("atexit", tag)

atexit.register(report, "registered first")
atexit.register(lambda: 1 / 0)
atexit.register(report, tag="registered last")
print("main done")
