# __instancecheck__ / __subclasscheck__ on the metaclass are honoured, not
# when defined on the class itself; exact types take the fast path; errors
# in a hook propagate.
class Meta(type):
    calls = 0
    def __instancecheck__(cls, obj):
        Meta.calls += 1
        return isinstance(obj, str) and obj.startswith('x')
    def __subclasscheck__(cls, sub):
        Meta.calls += 1
        return sub.__name__.startswith('X')
class XLike(metaclass=Meta):
    pass
class Xenon: pass
class Other: pass
print(isinstance('xy', XLike), isinstance('ab', XLike), isinstance(XLike(), XLike))
print(issubclass(Xenon, XLike), issubclass(Other, XLike), issubclass(Other, (int, XLike)))
print(Meta.calls)
class Plain:
    def __instancecheck__(self, obj):
        return True
print(isinstance(1, Plain))
class Boom(type):
    def __instancecheck__(cls, obj):
        raise ValueError('boom')
class B(metaclass=Boom): pass
try:
    isinstance(1, B)
except ValueError as e:
    print('ValueError', e)
print(isinstance(B(), B))
class Truthy(type):
    def __instancecheck__(cls, obj):
        return [1]
    def __subclasscheck__(cls, sub):
        return 0
class T(metaclass=Truthy): pass
print(isinstance(None, T), issubclass(T, T), issubclass(bool, (T, int)))
