import typing, types
print(int | None, int | str | None, list[int] | None, None | int, int | int)
print(type(int | str), types.UnionType is type(int | str))
print((int | str) == (str | int), (int | str) != (int | None), (int | str).__args__)
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(typing.Optional[int] == (int | None), (int | None) == typing.Optional[int])
print((int | None) == typing.Union[int, None], hash(int | None) == hash(typing.Optional[int]))
print(typing.Union[int | str, None], int | list[int] | int)
try:
    int | 's'
except TypeError as e:
    print(e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print(e)
class Meta(type): pass
class A(metaclass=Meta): pass
print(A | None, len({int | str, str | int}))
def f(x: int | None = None) -> list[str] | None: pass
print(f.__annotations__)
print(int | typing.List[int])
try:
    isinstance(1, list[int] | int)
except TypeError as e:
    print(e)
try:
    issubclass(int, list[int] | int)
except TypeError as e:
    print(e)
print(issubclass(int, int | list[int]))
import collections.abc
print(isinstance([], int | collections.abc.Sized), types.UnionType.__name__, types.UnionType)
