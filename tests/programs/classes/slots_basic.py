# __slots__: member descriptors, no attribute table, errors as CPython.
import sys


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, P.x, type(P.x).__name__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.__dict__
except AttributeError as e:
    print('AttributeError:', e)
del p.y
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.y
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(p, 'y'))
p.y = 5
print(p.y, P.x.__name__, P.__slots__)


class Q:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(sys.getsizeof(P(1, 2)) < sys.getsizeof(Q(1, 2)))


# A str for __slots__ names one slot.
class One:
    __slots__ = 'only'


o = One()
o.only = 'v'
print(o.only)


# Inheritance: subclasses add slots; a subclass without __slots__ gets a dict.
class P3(P):
    __slots__ = ('z',)


q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print('AttributeError:', e)


class Free(P):
    pass


f = Free(1, 2)
f.w = 4
print(f.x, f.w, f.__dict__)


# __dict__ in __slots__.
class Both:
    __slots__ = ('a', '__dict__')


b = Both()
b.a = 1
b.extra = 2
print(b.a, b.extra, b.__dict__)


# Private names are mangled.
class Priv:
    __slots__ = ('__secret',)

    def __init__(self):
        self.__secret = 42

    def get(self):
        return self.__secret


print(Priv().get(), '_Priv__secret' in Priv.__dict__)

# The descriptor checks its instance type.
try:
    P.x.__get__(1)
except TypeError as e:
    print('TypeError:', e)
try:
    P.x.__set__(Q(1, 2), 5)
except TypeError as e:
    print('TypeError:', e)


# Slots in a subclass of a built-in type.
class L(list):
    __slots__ = ('tag',)


l = L([1, 2])
l.tag = 't'
print(l, l.tag)


class S(str):
    __slots__ = ('tag',)


s = S('text')
s.tag = 'label'
print(s, s.tag)
try:
    s.other = 1
except AttributeError as e:
    print('AttributeError:', e)


class E(Exception):
    __slots__ = ('code',)


e = E('msg')
e.code = 3
print(e, e.code)
