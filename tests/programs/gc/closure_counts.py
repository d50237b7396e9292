# gc.collect() counts closures in garbage as CPython does (the function,
# its closure tuple and its cells), whether or not __closure__ was read,
# for closures of 0 to 6 cells, cells shared by several closures, and
# functions that reach themselves through their own cell.
import gc

gc.collect()


def maker(n, read):
    a = b = c = d = e = f = 0
    if n == 0:
        def g():
            return 1
    elif n == 1:
        def g():
            return a
    elif n == 3:
        def g():
            return a + b + c
    else:
        def g():
            return a + b + c + d + e + f
    if read:
        g.__closure__
    return g


for n in (0, 1, 3, 6):
    for read in (False, True):
        g = maker(n, read)
        g.__defaults__ = ([g],)
        del g
        print(n, read, gc.collect())


def pair():
    shared = []

    def inc():
        shared.append(1)
        return shared

    def get():
        return shared

    shared.append((inc, get))
    return inc


inc = pair()
del inc
print("shared cell", gc.collect())


def selfref():
    def f():
        return f
    return f


f = selfref()
print(f() is f, f.__closure__[0].cell_contents is f)
del f
print("self through cell", gc.collect())
f = selfref()
del f
print("self, closure never read", gc.collect())
print(gc.collect())
