# An exception in a weakref callback is reported on stderr and the program
# goes on; a callback can itself create weak references.
import weakref


class A:
    pass


def bad(r):
    raise ValueError("boom")


a = A()
r = weakref.ref(a, bad)
del a
print("still running", r())

made = []


def good(r):
    b = A()
    made.append(weakref.ref(b))
    print("callback ran")


a = A()
r = weakref.ref(a, good)
del a
print(len(made), made[0]())
