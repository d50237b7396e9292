# More cycles through built-in kinds: descriptors in a class, the __class__
# cell, iterators, coroutines and async generators, super objects,
# generator expressions, bound built-in methods, itertools, decorated
# functions, exception args, slices. Each must be freed by gc.collect().
import gc
import weakref


class Canary: pass
def check(name, build):
    canary = Canary()
    build(canary)
    w = weakref.ref(canary)
    del canary
    gc.collect()
    print(name, w() is None)
def b1(c):
    class K:
        p = property(lambda self: c)
        s = staticmethod(lambda: K)
        m = classmethod(lambda cls: c)
    K.me = K
check("descriptors", b1)
def b2(c):
    class K:
        def f(self):
            return __class__
    K.c = c
check("__class__ cell", b2)
def b3(c):
    l = [c]
    l.append(reversed(l)); l.append(filter(None, l)); l.append(iter({1: l}.values()))
    s = {1}; l.append(iter(s))
check("more iterators", b3)
def b4(c):
    async def co(x):
        return x
    k = co(c)
    k.cr_frame if hasattr(k, "cr_frame") else None
    l = [k]; l.append(l)
    k.close()
check("coroutine", b4)
def b5(c):
    async def ag(x):
        yield x
    a = ag([c])
    l = [a, c]; l.append(l)
check("async generator", b5)
def b6(c):
    class K:
        def m(self):
            return super()
    k = K(); k.s = k.m(); k.c = c
check("super object", b6)
def b7(c):
    l = [c]
    g = (x for x in l)
    l.append(g)
    next(g)
check("genexpr", b7)
def b8(c):
    d = {}
    d["f"] = lambda: d
    d["c"] = c
    d["m"] = d.__getitem__
check("builtin bound method", b8)
def b9(c):
    import itertools
    l = [c]
    l.append(itertools.cycle(l))
    l.append(itertools.chain(l))
check("itertools", b9)
def b10(c):
    def deco(f):
        def w(*a): return f(*a)
        w.__wrapped__ = w
        w.c = c
        return w
    @deco
    def f(): pass
    f.self = f
check("decorated", b10)
def b11(c):
    e = None
    try:
        raise ValueError(c)
    except ValueError as ex:
        e = ex
    tb = e.__traceback__
    e.tb = tb
    e.args = (c, e)
check("exception args", b11)
def b12(c):
    s = slice(c, [c])
    l = [s]
    s.stop.append(l)
check("slice", b12)
