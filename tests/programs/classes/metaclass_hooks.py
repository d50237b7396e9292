# Metaclasses (__prepare__, __instancecheck__, class-level dunders and
# properties), class decorators, __set_name__, cooperative __init_subclass__,
# metaclass conflicts, and class-body scoping.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __instancecheck__(cls, obj): return obj == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
    def __getitem__(cls, k): return ('meta-getitem', k)
    def __len__(cls): return 7
    def __iter__(cls): return iter('ab')
    def __repr__(cls): return 'MetaRepr'
    @property
    def prop(cls): return 'class prop'
class X(metaclass=Meta, flag=True):
    pass
print(X.injected, isinstance('magic', X), isinstance(1, X), issubclass(int, X), issubclass(str, X))
print(X[3], len(X), list(X), repr(X), X.prop)
try: X().prop
except AttributeError as e: print(e)
class Y(X): pass
print(type(Y).__name__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Z: pass
print(Z.decorated)
class D:
    def __del__(self): print('del', type(self).__name__)
d = D(); del d
    def __dir__(self): return ['b', 'a']
class Base1:
    def __init_subclass__(cls, **kw):
        print('Base1 isc', cls.__name__)
        super().__init_subclass__(**kw)
class Base2:
    def __init_subclass__(cls, **kw):
        print('Base2 isc', cls.__name__, kw)
class Both(Base1, Base2, extra=1): pass
class SN:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name)
class HasSN:
    a = SN()
    b = SN()
try:
    class BadMeta(metaclass=1): pass
except TypeError as e: print(e)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class A3(A1, A2): pass
except TypeError as e: print(e)
print(type.__call__(int, '5'))
class Cnt:
    n = 0
    def __new__(cls, *a, **k):
        cls.n += 1
        return super().__new__(cls)
    def __init__(self, v): self.v = v
c = Cnt(5); print(c.v, Cnt.n)
try: Cnt()
except TypeError as e: print(e)
class Abstract:
    def __init__(self):
        if type(self) is Abstract: raise TypeError("Can't instantiate abstract class Abstract")
try: Abstract()
except TypeError as e: print(e)
class WithClassVar:
    items = [i * 2 for i in range(3)]
    total = sum(items)
print(WithClassVar.items, WithClassVar.total)
class Scope:
    x = 10
    def get(self): return x
x = 'global'
print(Scope().get())
