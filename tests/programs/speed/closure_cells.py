# Closure cells kept in the function object: __closure__ is a tuple of
# cells, the same tuple on every read, shared cells between closures,
# nonlocal updates and deletions, gc.get_referents, cycles through cells,
# and every combination of defaults, keyword defaults and annotations
# with a closure.
import gc


def make_counter(start, step):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter(10, 3)
print(inc(), inc(), get())
print(type(inc.__closure__).__name__, len(inc.__closure__), len(get.__closure__))
print(inc.__closure__ is inc.__closure__)
print(inc.__closure__[0] is get.__closure__[0])
print([c.cell_contents for c in inc.__closure__])
print(inc.__code__.co_freevars, get.__code__.co_freevars)
inc.__closure__[0].cell_contents = 100
print(get(), inc())
print(make_counter.__closure__)
print(type(inc.__closure__[0]).__name__)

# The tuple made before and after calls holds the same cells.
inc2, get2 = make_counter(0, 1)
t = get2.__closure__
inc2()
print(t is get2.__closure__, t[0].cell_contents, get2())

# gc.get_referents of a closure lists its closure tuple, as in CPython.
inc3, get3 = make_counter(1, 1)
refs = gc.get_referents(get3)
print(any(r is get3.__closure__ for r in refs))
print(sum(1 for r in refs if type(r).__name__ == "cell"))


# A deleted free variable.
def deleter():
    x = 1

    def read():
        return x

    def drop():
        nonlocal x
        del x

    return read, drop


read, drop = deleter()
print(read())
drop()
try:
    read()
except NameError as e:
    print(type(e).__name__, e)
print(repr(read.__closure__[0]).endswith(": empty>"))
try:
    read.__closure__[0].cell_contents
except ValueError as e:
    print("ValueError", e)


# Defaults, keyword-only defaults and annotations together with cells.
def maker(a, b):
    def f(x: int = a, *, y: str = b) -> list:
        return [x, y, a, b]

    g = lambda p=a, *, q=b: (p, q, a + b)
    return f, g


f, g = maker(1, 2)
print(f(), f(5, y=6), g(), g(7, q=8))
print(f.__defaults__, f.__kwdefaults__, f.__annotations__)
print(len(f.__closure__), len(g.__closure__))


# Many free variables.
def many():
    v0, v1, v2, v3, v4, v5, v6, v7, v8, v9 = range(10)
    w0, w1, w2, w3, w4, w5, w6, w7, w8, w9 = range(10, 20)

    def inner():
        return (v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 +
                w0 + w1 + w2 + w3 + w4 + w5 + w6 + w7 + w8 + w9)

    return inner


m = many()
print(m(), len(m.__closure__), sorted(c.cell_contents for c in m.__closure__)[-1])


# A recursive closure is a cycle through its cell: the collector frees it,
# whether or not its closure tuple was made.
class Marker:
    def __del__(self):
        print("marker freed")


def recursive(make_tuple):
    mark = Marker()

    def fact(n):
        mark
        return 1 if n <= 1 else n * fact(n - 1)

    if make_tuple:
        fact.__closure__
    return fact


gc.collect()
fact = recursive(False)
print(fact(6))
del fact
print("collected", gc.collect() > 0)
fact = recursive(True)
print(fact(5), len(fact.__closure__))
del fact
print("collected", gc.collect() > 0)


# Nested three levels; a class body and super() (the __class__ cell).
def outer(n):
    def middle(m):
        def inner(k):
            return n * 100 + m * 10 + k
        return inner
    return middle


print(outer(1)(2)(3), outer.__closure__, outer(1).__closure__[0].cell_contents)


def class_maker(base_value):
    class Base:
        def value(self):
            return base_value

    class Child(Base):
        def value(self):
            return super().value() + 1

    return Child


C = class_maker(41)
print(C().value(), C.value.__closure__[0].cell_contents is C)


# Generators and comprehensions that capture cells.
def gen_maker(limit):
    scale = 3

    def gen():
        for i in range(limit):
            yield i * scale

    return gen


gm = gen_maker(4)
print(list(gm()), [c.cell_contents for c in gm.__closure__])


def comp(k):
    return [lambda: i * k for i in range(3)]


print([fn() for fn in comp(2)])

# Closures made in a loop share nothing but what they capture.
adders = []
for j in range(3):
    def mk(j):
        return lambda x: x + j
    adders.append(mk(j))
print([a(10) for a in adders])

# Functions live and die at once: no leak of cells or tuples.
for i in range(1000):
    a, b = make_counter(i, 1)
    a()
    if i % 2:
        a.__closure__
print(b(), "done")

# Freed functions and cells are reused: a weak reference to a dead closure
# stays dead, and the function that takes its block starts clean.
import weakref

dead = []


def on_death(r):
    dead.append("callback")


wa, wg = make_counter(1, 1)
r = weakref.ref(wa, on_death)
del wa
print(r() is None, dead)
for k in range(5):
    fresh, _ = make_counter(k, 1)
    print(fresh(), fresh.__dict__, fresh.__defaults__, fresh.__closure__[0].cell_contents, end=" ")
print(weakref.getweakrefcount(fresh))
fresh.tag = "x"
del fresh
fresh, _ = make_counter(0, 5)
print(fresh.__dict__, fresh())


def four(a, b, c, d):
    return lambda: a + b + c + d


print([four(i, i, i, i)() for i in range(5)])
