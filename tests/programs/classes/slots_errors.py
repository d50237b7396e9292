# Errors of __slots__ definitions, with CPython's messages.
for bad in [(1,), ('1a',), ('a b',), ('__dict__', '__dict__')]:
    try:
        class D:
            __slots__ = bad
    except TypeError as e:
        print('TypeError:', e)
try:
    class E:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print('ValueError:', e)


class F:
    pass


try:
    class G(F):
        __slots__ = ('__dict__',)
except TypeError as e:
    print('TypeError:', e)
for base in (int, tuple):
    try:
        class H(base):
            __slots__ = ('a',)
    except TypeError as e:
        print('TypeError:', e)


class EmptyInt(int):
    __slots__ = ()


print(EmptyInt(4) + 1)
try:
    EmptyInt(4).x = 1
except AttributeError as e:
    print('AttributeError:', e)


class A1:
    __slots__ = ('p',)


class A2:
    __slots__ = ('q',)


try:
    class A3(A1, A2):
        pass
except TypeError as e:
    print('TypeError:', e)


# Empty slots on one side are fine.
class B1:
    __slots__ = ()


class B2(A1, B1):
    __slots__ = ('r',)


b = B2()
b.p, b.r = 1, 2
print(b.p, b.r)
