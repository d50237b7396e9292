# Argument errors of methods and constructors (qualified names), property
# getter/setter inheritance, private names, bound method identity, and
# dunders looked up on the type, not the instance.
class Outer:
    class In:
        def __init__(self, a, b=1, *, c): pass
        def m(self, x): pass
for a, k in [((), {}), ((1,), {}), ((1, 2, 3), {'c': 1}), ((1,), {'c': 1, 'd': 2}), ((1,), {'c': 1, 'a': 1})]:
    try: Outer.In(*a, **k)
    except TypeError as e: print(e)
try: Outer.In(1, c=1).m()
except TypeError as e: print(e)
try: Outer.In.m(1)
except TypeError as e: print(e)
class P:
    @property
    def v(self): return 1
class Q(P):
    @P.v.getter
    def v(self): return 2
    @v.setter
    def v(self, val): print('set', val)
q = Q(); print(q.v, P().v); q.v = 5
try: P().v = 3
except AttributeError as e: print(e)
try: del Q().v
except AttributeError as e: print(e)
class R:
    def __init__(self): self.__priv = 1
    def get(self): return self.__priv
r = R(); print(r.get(), r._R__priv)
try: r.__priv
except AttributeError as e: print(e)
class S:
    def method(self): return 'm'
    m2 = method
print(S().m2(), S.m2 is S.method, S().method == S().method, S().method is S().method)
print(S.method.__name__, S().method.__func__ is S.method)
class T:
    def __eq__(self, o): return 'eq'
print(T() == T(), T().__eq__(1), T().__ne__(T()))
print(object.__eq__(1, 1), object.__ne__(1, 2), object().__eq__(3))
class U(int):
    def __eq__(self, o): return 'U.eq'
    __hash__ = int.__hash__
print(U(1) == 1, 1 == U(1), hash(U(3)))
class V:
    def __lt__(self, o): return True
print(sorted([V(), V()]) is not None, max([1, 2], key=lambda x: -x))
class W:
    def __init__(self): raise ValueError('in init')
try: W()
except ValueError as e: print(e)
class X:
    def __new__(cls): raise KeyError('in new')
try: X()
except KeyError as e: print(e)
print(type(object.__new__(X)).__name__)
class Y:
    __call__ = lambda self, x: x + 1
print(Y()(1))
y = Y(); y.__call__ = lambda x: 100
print(y(1))
class Z:
    def __len__(self): return 1
z = Z(); z.__len__ = lambda: 5
print(len(z))
