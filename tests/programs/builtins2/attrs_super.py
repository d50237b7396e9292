# getattr/hasattr with properties and __getattr__, super() forms and errors,
# type() with three arguments, dir/vars/id/hash of classes.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class P:
    @property
    def a(self): raise AttributeError('inner')
    @property
    def b(self): raise ValueError('boom')
    def __getattr__(self, name):
        if name == 'dyn': return 'dynamic'
        raise AttributeError(name)
p = P()
print(getattr(p, 'a', 'dflt'), hasattr(p, 'a'), getattr(p, 'dyn'), hasattr(p, 'zz'))
t(lambda: getattr(p, 'b', 1))
t(lambda: hasattr(p, 'b'))
t(lambda: super(int))
t(lambda: super(int, 'a'))
t(lambda: super(1, 2))
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super().f()
    @classmethod
    def c(cls): return super().f
print(B().f(), super(B, B()).f(), B.c().__name__)
t(lambda: object.__new__(1))
t(lambda: object().x)
t(lambda: setattr(object(), 'x', 1))
t(lambda: type('T', (int,), {'x': 1})(5).x)
t(lambda: type(name='x'))
print(type('T', (), {}).__mro__[1], type.__name__, object.__name__)
print(dir(A)[-1], 'f' in dir(B), sorted(vars(A).keys())[-1])
print(id(A) == id(A), hash(A) == hash(A))
t(lambda: vars())
