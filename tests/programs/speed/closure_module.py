# Functions made again and again by the same MAKE_FUNCTION take __module__
# from the globals' __name__ as it is at that moment, and die cleanly.
import gc


def make():
    def inner(x):
        return x + 1
    return inner


def make_adder(k):
    def add(x):
        return x + k
    return add


print(make().__module__, make()(1))
saved = __name__
__name__ = "renamed"
print(make().__module__)
globals()["__name__"] = 42
print(make().__module__)
del globals()["__name__"]
print(make().__module__)
__name__ = saved
print(make().__module__)

fs = [make_adder(i) for i in range(5)]
print([f(10) for f in fs], fs[2].__closure__[0].cell_contents)
g = make_adder(7)
g.tag = "attr"
print(g(1), g.tag, g.__name__, g.__qualname__)
del g
fs.append(fs)   # a cycle through the list
del fs
print(gc.collect() >= 1)


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


c = counter()
print(c(), c(), c())
print(sum(make_adder(i)(i) for i in range(1000)))
