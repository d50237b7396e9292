def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7, y=8))
try:
    f(1, b=2, d=3)
except TypeError as e:
    print(e)
try:
    f(d=1)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def g(x, *, y):
    return x, y
try:
    g(1, 2)
except TypeError as e:
    print(e)
def dflt(x=[]):
    x.append(1)
    return len(x)
print(dflt(), dflt(), dflt([5]))
print(dflt.__defaults__, f.__kwdefaults__, f.__name__, g.__qualname__)
def doc():
    "the doc"
print(doc.__doc__, g.__doc__)
a = [1, 2]; k = {'y': 3}
print(g(*a[:1], **k))
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter(); c(); c(5)
print(c(), c.__code__.co_freevars if hasattr(c, '__code__') else None)
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + str(fn(*a, **k))
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("<")
@deco(">")
def h(x):
    return x * 2
print(h(21), h.__name__)
import sys
print(sys.getrecursionlimit())
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
sq = lambda x, y=1: x ** y
print(sq(3), sq(3, 2), (lambda: 0).__name__)
def gen_closures():
    return [lambda: i for i in range(3)]
print([fn() for fn in gen_closures()])
def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2))
try:
    kwonly_defaults()
except TypeError as e:
    print(e)
try:
    f(1, d=1, c=2, **{'c': 3})
except TypeError as e:
    print(e)
def posonly(a, /):
    return a
try:
    posonly(a=1)
except TypeError as e:
    print(e)
print((lambda *a, **k: (a, k))(1, x=2))
