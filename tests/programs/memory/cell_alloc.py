# Cells made without a zero fill, and objects from the inline pool path:
# unbound cells, cells of arguments, cells in cycles, many at once.
import gc


def unbound_then_bound():
    def read():
        return x
    try:
        read()
    except NameError as e:
        print("unbound:", e)
    x = 5
    return read()


def arg_cell(a, b):
    def f():
        return a + b
    a = a * 2
    return f()


def cycle():
    def me():
        return me
    return me


print(unbound_then_bound())
print(arg_cell(3, 4))
print(cycle()() is not None)
c = cycle()
print(c.__closure__[0].cell_contents is c)
del c
print(gc.collect() >= 1)

cells = []
for i in range(2000):
    def g(i=i):
        v = i

        def h():
            return v
        return h
    cells.append(g())
print(sum(f() for f in cells))
print(type(cells[0].__closure__[0]).__name__)
cells.clear()

# Sizes around the pool classes, freed and made again.
objs = [tuple(range(n)) for n in range(80)]
print(sum(len(t) for t in objs))
del objs
objs = [[0] * n for n in range(80)]
print(sum(len(x) for x in objs))


class P:
    pass


ps = [P() for _ in range(1000)]
for k, p in enumerate(ps):
    p.k = k
print(sum(p.k for p in ps))
