# super() in properties, generators, comprehensions, lambdas, classmethods,
# staticmethods, __setattr__, and in subclasses of dict, list, Exception, int.
class A:
    x = 'A.x'
    @property
    def p(self): return 'A.p'
    def gen(self): yield 'A.gen'
    @classmethod
    def cm(cls): return 'A.cm ' + cls.__name__
    @staticmethod
    def sm(): return 'A.sm'
    def __repr__(self): return 'A-repr'
class B(A):
    x = 'B.x'
    @property
    def p(self): return 'B.p+' + super().p
    def gen(self):
        yield from super().gen()
        yield 'B.gen'
    def viacomp(self):
        return [super().x for _ in range(2)]
    def vialambda(self):
        f = lambda: super(B, self).x
        return f()
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
    @classmethod
    def cm(cls): return 'B>' + super().cm()
    @staticmethod
    def sm(): return 'B>' + super(B, B).sm()
    def __repr__(self): return 'B(' + super().__repr__() + ')'
b = B()
print(b.p, list(b.gen()), b.vialambda(), b.nested(), B.cm(), B.sm(), repr(b), super(B, b).x)
try: print(b.viacomp())
except Exception as e: print(type(e).__name__, e)
class C(B):
    def __setattr__(self, k, v):
        super().__setattr__(k, v.upper())
c = C(); c.name = 'abc'; print(c.name)
print(super(C, c).p)
try: super(C, c).nope
except AttributeError as e: print(e)
s = super(A, b)
try: super(B, A())
except TypeError as e: print(e)
print(super(B, B).cm())
class D(dict):
    def __getitem__(self, k): return 'D:' + super().__getitem__(k)
    def get(self, k, d=None): return 'get:' + str(super().get(k, d))
d = D(a='1'); print(d['a'], d.get('a'), d.get('z'))
class L(list):
    def __iter__(self):
        for x in super().__iter__(): yield x * 10
print(list(L([1, 2])), sum(L([1])))
class E(Exception):
    def __init__(self, *a):
        super().__init__(*a)
        self.n = len(a)
e = E(1, 2); print(e.args, e.n, str(e))
class F(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
    def __repr__(self): return 'F' + super().__repr__()
print(F(4), F(4) + 1)
