# Single and multiple inheritance, the C3 MRO, and zero-argument super().
class A:
    def who(self):
        return 'A'

    def chain(self):
        return ['A']


class B(A):
    def who(self):
        return 'B' + super().who()

    def chain(self):
        return ['B'] + super().chain()


class C(A):
    def who(self):
        return 'C' + super().who()

    def chain(self):
        return ['C'] + super().chain()


class D(B, C):
    def chain(self):
        return ['D'] + super().chain()


print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
print([k.__name__ for k in D.mro()])


# The classic diamond with __init__ chains through super().
class Base:
    def __init__(self, **kw):
        self.log = ['Base']
        self.rest = kw


class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.log.append('Left')
        self.left = left


class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.log.append('Right')
        self.right = right


class Bottom(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append('Bottom')


b = Bottom(left=1, right=2, other=3)
print(b.log, b.left, b.right, b.rest)


# super() in classmethods and staticmethod-free alternate constructors.
class Shape:
    registry = []

    @classmethod
    def make(cls, *args):
        obj = cls(*args)
        Shape.registry.append(cls.__name__)
        return obj

    def __init__(self, name):
        self.name = name


class Square(Shape):
    @classmethod
    def make(cls, side):
        obj = super().make('square')
        obj.side = side
        return obj


sq = Square.make(3)
print(type(sq).__name__, sq.name, sq.side, Shape.registry)

# super with explicit arguments, and its repr-free attributes.
print(super(B, D()).who(), super(C, D()).who())
s = super(B, D())
print(s.__thisclass__.__name__, type(s.__self__).__name__)


# The C3 MRO of a deeper hierarchy (CPython's documentation example).
class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC, E): pass


print([k.__name__ for k in AA.__mro__])

# MRO conflicts.
class X: pass
class Y(X): pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class W(A, A):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class V(1):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class U(bool):
        pass
except TypeError as e:
    print('TypeError:', e)
