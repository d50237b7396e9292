import operator, functools, typing
class M(type):
    def __or__(cls, o): return 'custom or'
    def __ror__(cls, o): return 'custom ror'
class A(metaclass=M): pass
print(A | int, int | A, A | None, None | A)
class N(type): pass
class B(metaclass=N): pass
print(B | int, int | B)
print(functools.reduce(operator.or_, [int, str, bytes]))
print(int | typing.List[int], typing.List[int] | None, typing.Optional[int] | str)
T = typing.TypeVar('T')
print(int | typing.Any)
u = int | str
u2 = u | None
print(u2, u2.__args__, u | u, (u | float) == (float | str | int))
try:
    u | 3
except TypeError as e:
    print(e)
try:
    3 | u
except TypeError as e:
    print(e)
print(repr(dict[str, list[int]] | None))
print(typing.get_args(int | str), typing.get_origin(int | str))
import types
print(typing.get_origin(int | str) is types.UnionType)
def f(a: int | None = None): pass
print(typing.get_type_hints(f))
print(type.__or__(int, str), type.__ror__(int, str))
print(hasattr(type, '__or__'), '__or__' in dir(type))
class Meta(type):
    def __or__(cls, other):
        return ('meta', super().__or__(other))
class A(metaclass=Meta): pass
print(A | int)
import types
print(types.GenericAlias.__or__(list[int], None))
import types
try:
    types.UnionType()
except TypeError as e:
    print(e)
print(types.UnionType.__module__, types.UnionType.__qualname__)
try:
    class X(types.UnionType): pass
except TypeError as e:
    print(e)
u = int | str
try:
    u()
except TypeError as e:
    print(e)
try:
    u.x = 1
except AttributeError as e:
    print(e)
print(u.__args__, bool(u))
