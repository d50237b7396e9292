# typing: TypeVar, Generic classes, substitution, get_origin/get_args.
from typing import TypeVar, Generic, List, Dict, Tuple, Optional, Union, Callable, get_origin, get_args

T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', str, bytes)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, K, S, Co, Contra, T.__name__, K.__bound__, S.__constraints__, T.__bound__)
print(List[T], Dict[str, T], Dict[str, T][int], List[Tuple[T, K]][str, int])
try:
    TypeVar('X', int)
except TypeError as e:
    print(e)
try:
    TypeVar('X', covariant=True, contravariant=True)
except ValueError as e:
    print(e)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box[int](3)
print(b.get(), Box[int], Box.__parameters__, Box[str].__origin__ is Box, b.__orig_class__)
print(Box.__mro__, Box.__orig_bases__)
print(Box(1).item, isinstance(b, Box))


class Pair(Generic[K, T]):
    pass


print(Pair[int, str], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print(e)


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox.__mro__, IntBox(5).get())


class Both(Dict[str, T]):
    pass


print(Both.__parameters__, Both.__mro__, Both(a=1))
try:
    class Bad(Generic[int]):
        pass
except TypeError as e:
    print(e)
try:
    class Bad2(Generic):
        pass
except TypeError as e:
    print(e)
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]))
print(get_origin(int), get_origin(Box[int]), get_origin(Generic), get_origin(list[int]))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(Union[int, str]))
print(get_args(Callable[[int, str], float]), get_args(Callable[..., int]), get_args(int))
print(get_args(Optional[int]), get_args(Tuple[int, ...]), get_args(list[int]))
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int])
print(Optional[int] == Union[int, None], hash(List[int]) == hash(List[int]))
print(len({List[int], List[int], Dict[str, int]}))
