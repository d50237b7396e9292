# staticmethod and classmethod objects copy the wrapped function's names
# (3.10+), property objects and their errors, bound method attributes.
def f(x=1): return ('f', x)
sm = staticmethod(f)
print(sm(), sm.__func__ is f, callable(sm), sm.__wrapped__ is f, sm.__name__, sm.__doc__)
cm = classmethod(f)
print(cm.__func__ is f, cm.__wrapped__ is f)
class A:
    s = sm
    c = cm
    @property
    def p(self):
        "doc p"
        return 1
print(A.s(), A.c(), A().c())
p2 = A.p.setter(lambda s, v: None)
print(p2 is A.p, p2.__doc__, A.p.__doc__, A.p.fset, p2.fget is A.p.fget)
print(property().fget, property(doc='d').__doc__)
try: property()(1)
except TypeError as e: print(e)
class B:
    x = property()
try: B().x
except AttributeError as e: print(e)
try: B().x = 1
except AttributeError as e: print(e)
try: del B().x
except AttributeError as e: print(e)
class C:
    @property
    def v(self): raise KeyError('inside')
try: C().v
except KeyError as e: print('KeyError', e)
class D:
    def m(self): return self
d = D()
bm = d.m
print(bm.__self__ is d, bm.__func__ is D.m, bm() is d, bm == d.m, hash(bm) == hash(d.m), bm.__name__, bm.__qualname__, bm.__doc__)
print(repr(D.m)[:18])
sm.extra = 5
print(sm.extra, sorted(sm.__dict__))
class SM(staticmethod): pass
x = SM(f)
x.tag = 1
print(x.__name__, x.tag, x())
