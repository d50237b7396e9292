# The __weakref__ attribute: None, or the first weak reference; present on
# the classes that give their instances a weak reference slot.
import weakref


class A:
    pass


class B(A):
    pass


class S:
    __slots__ = ("x",)


class T(S):
    __slots__ = ("y", "__weakref__")


class I(int):
    pass


a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r, B().__weakref__)
print("__weakref__" in A.__dict__, "__weakref__" in B.__dict__, "__weakref__" in T.__dict__)
print(hasattr(S(), "__weakref__"), hasattr(I(), "__weakref__"), T().__weakref__)
print(A.__weakref__)
t = T()
tr = weakref.ref(t, lambda r: None)
print(t.__weakref__ is tr)
try:
    a.__weakref__ = 1
except AttributeError as e:
    print("AttributeError:", e)
