# Assigning __module__ on a class whose metaclass is not type changes its
# repr (the metaclass's own __module__ hides type's descriptor).
import abc
class M(metaclass=abc.ABCMeta):
    pass
M.__module__ = 'zz'
print(M, M.__module__)
class Meta(type):
    pass
class C(metaclass=Meta):
    pass
C.__module__ = 'mod'
print(C)
C.__qualname__ = 'Outer.C'
print(C)
C.__name__ = 'N'
print(C, C.__name__)
C.__doc__ = 'doc'
print(C.__doc__)
class Meta2(type):
    def __setattr__(cls, k, v):
        print('meta set', k)
        super().__setattr__(k, v)
class K(metaclass=Meta2):
    pass
K.__module__ = 'yy'
print(K)
