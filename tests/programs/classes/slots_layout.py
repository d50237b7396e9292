# __slots__ layouts: repeated names, __weakref__, __class__ assignment
# between compatible layouts, slots next to an exception's attributes.
class G:
    __slots__ = ('a', 'a')


g = G()
g.a = 1
print(g.a)


class F:
    __slots__ = ('__weakref__', 'v')


f = F()
f.v = 3
print(f.v)


class A:
    __slots__ = ('x',)


class B:
    __slots__ = ('x',)


a = A()
a.x = 5
a.__class__ = B
print(type(a).__name__, a.x)


class C:
    pass


try:
    C().__class__ = A
except TypeError as e:
    print('TypeError:', e)


class S(str):
    pass


class S2(str):
    pass


s = S('abc')
s.q = 1
s.__class__ = S2
print(type(s).__name__, s.q, s)


class E(Exception):
    __slots__ = ('code',)


e = E('m')
e.code = 1
e.other = 2
print(e.code, e.other, e.__dict__, e.args)


# Slots of a str subclass sit after the text, next to the table.
class Tagged(str):
    __slots__ = ('tag', '__dict__')


for text in ['', 'a', 'abcdefgh', 'é' * 33]:
    t = Tagged(text)
    t.tag = text[:2]
    t.more = len(text)
    assert (t.tag, t.more, t) == (text[:2], len(text), text)
print(Tagged('xy').__dict__, Tagged.tag)


class Deep(Tagged):
    __slots__ = ('deeper',)


d = Deep('zz')
d.tag, d.deeper, d.free = 1, 2, 3
print(d, d.tag, d.deeper, d.free)
