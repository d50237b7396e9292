# typing: special forms and generic aliases print as in CPython.
import typing
from typing import (Any, Union, Optional, List, Dict, Tuple, Set, FrozenSet,
                    Callable, Iterable, Iterator, Generator, Sequence, Mapping,
                    Literal, Final, ClassVar, Type, TypeVar, Annotated,
                    MutableMapping, DefaultDict, Deque, Counter, NoReturn)

print(Any, Union, Optional, List, Dict, Callable, Literal, Final, ClassVar, NoReturn)
print(List[int], Dict[str, int], Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Set[str], FrozenSet[int], Type[int], Iterable[int], Iterator[str])
print(Generator[int, None, None], Sequence[float], Mapping[str, List[int]])
print(Optional[int], Union[int, None], Union[None, str], Union[int, str])
print(Union[int, str, None], Optional[Union[int, str]], Union[int, Union[str, int]])
print(Union[int], Union[int, int], Optional[List[Dict[str, int]]])
print(Callable[..., int], Callable[[], None], Callable[[int, str], float])
print(Literal['a', 1, None, True], Final[int], ClassVar[List[int]])
print(Annotated[int, 'meta', 3], MutableMapping[str, Any], DefaultDict[str, int])
print(Deque[int], Counter[str], typing.OrderedDict[str, int], typing.AbstractSet[int])


class Mine:
    pass


print(List[Mine], Dict[str, Optional[Mine]], Union[Mine, int])
print(List['Mine'], Optional['Mine'])
print(typing.Text, typing.TYPE_CHECKING, typing.AnyStr)
