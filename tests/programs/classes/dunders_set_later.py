# Dunders assigned to a class after creation reach the class and its
# subclasses (regression: __getattr__ set on a base was not found from a
# subclass); __dict__ of instances assigned and outliving them.
import gc
# instance dict interactions
class A: pass
a = A()
a.__dict__['x'] = 1
print(a.x, a.__dict__, len(a.__dict__), list(a.__dict__.items()))
a.__dict__ = {'y': 2}
print(a.__dict__, hasattr(a, 'x'))
try: a.__dict__ = 5
except TypeError as e: print(e)
d = a.__dict__
del a
print(d)
# class attribute deletion and re-add with slot fix-up
class B:
    def __len__(self): return 3
b = B()
print(len(b))
del B.__len__
try: len(b)
except TypeError as e: print(e)
B.__len__ = lambda self: 9
print(len(b))
class C(B): pass
B.__len__ = lambda self: 11
print(len(C()))
B.__add__ = lambda self, o: 'added'
print(C() + 1)
B.__repr__ = lambda self: 'B!'
print(repr(C()), str(C()), f'{C()}')
B.__eq__ = lambda s, o: True
print(C() == 5)
B.__hash__ = None
try: hash(C())
except TypeError as e: print(e)
B.__iter__ = lambda s: iter([1,2])
print(list(C()))
B.__getattr__ = lambda s, n: 'ga:' + n
print(C().foo)
B.__call__ = lambda s: 'called'
print(C()())
B.__bool__ = lambda s: False
print(bool(C()))
B.__contains__ = lambda s, x: x == 'q'
print('q' in C())
B.__getitem__ = lambda s, k: k * 2
print(C()[4])
B.__neg__ = lambda s: 'neg'
print(-C())
B.__lt__ = lambda s, o: 'lt'
print(C() < 1, 1 > C())
B.__enter__ = lambda s: 'in'
B.__exit__ = lambda s, *a: None
with C() as v: print(v)
B.__index__ = lambda s: 1
print([5, 6][C()])
B.__format__ = lambda s, spec: 'fmt' + spec
print(format(C(), 'x'), f'{C():y}')
B.__str__ = lambda s: 'strB'
print(str(C()), C())
B.__init__ = lambda s, v: setattr(s, 'v', v)
print(C(7).v)
B.__del__ = lambda s: print('del!')
c = C(1); del c
gc.collect()
print('end')
