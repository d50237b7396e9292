# Errors raised by __set_name__ and __init_subclass__, keyword arguments of
# class statements, type(name, bases, ns) with slots, qualname and module,
# and the most derived metaclass chosen by type() (regression: a base that
# is not a class gave 'bases must be types', not CPython's metaclass
# conflict).
class SN:
    def __set_name__(self, owner, name): raise ValueError('bad name')
try:
    class A:
        x = SN()
except RuntimeError as e: print(type(e).__name__, e, repr(e.__cause__))
except ValueError as e: print('ValueError', e)
class B:
    def __init_subclass__(cls): raise KeyError('no subclasses')
try:
    class C(B): pass
except KeyError as e: print('KeyError', e)
class D:
    def __init_subclass__(cls, *, required): cls.req = required
try:
    class E(D): pass
except TypeError as e: print(e)
class F(D, required=5): pass
print(F.req)
try:
    class G(object, x=1): pass
except TypeError as e: print(e)
class H:
    def __class_getitem__(cls, item): return (cls.__name__, item)
class I(H): pass
print(I[int], H['x'])
try: type('X', (1,), {})
except TypeError as e: print(e)
try: type('X', (int, int), {})
except TypeError as e: print(e)
X = type('X', (), {'__slots__': ('a',)})
x = X(); x.a = 1; print(x.a)
try: x.b = 2
except AttributeError as e: print(e)
Y = type('Y', (X,), {'__qualname__': 'Outer.Y', '__module__': 'mod'})
print(Y.__qualname__, Y.__module__, repr(Y))
try: type('Z', (), {'__qualname__': 3})
except TypeError as e: print(e)
class M(type):
    def __new__(mcls, name, bases, ns):
        print('M.__new__', name)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M): pass
B = type('B', (A,), {})
print(type(B).__name__)
C = type.__new__(type, 'C', (A,), {})
print(type(C).__name__)
class N(type): pass
try: type('D', (A, N('E', (), {})), {})
except TypeError as e: print(e)
