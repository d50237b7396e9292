# typing: isinstance rules, instantiation errors, cast, overload, NewType.
import typing
from typing import (Any, List, Dict, Union, Optional, Callable, Iterable,
                    Sequence, Mapping, cast, overload, NewType, no_type_check,
                    final, Literal, Hashable, Sized)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(isinstance([], List), isinstance({}, Dict), isinstance((), List))
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance('s', Sequence))
print(isinstance({}, Mapping), isinstance(len, Callable), isinstance(3, Hashable))
print(issubclass(list, Sequence), issubclass(int, Sized), issubclass(dict, Mapping))
print(isinstance(3, Union[int, str]), isinstance(3.0, Union[int, str]), isinstance(None, Optional[int]))
attempt(lambda: isinstance([], List[int]))
attempt(lambda: issubclass(list, List[int]))
attempt(lambda: isinstance(1, Any))
attempt(lambda: List())
attempt(lambda: Dict())
attempt(lambda: Any())
attempt(lambda: Union[()])
attempt(lambda: Any[int])
attempt(lambda: List[int, str])
attempt(lambda: Dict[str])
attempt(lambda: Callable[int, str])
attempt(lambda: typing.DefaultDict[str, int](int).__class__)
attempt(lambda: typing.Deque[int]([1, 2]))


def mk():
    class X(Union[int, str]):
        pass


attempt(mk)
print(cast(int, 'not an int'), cast(List[str], [1]), cast('str', 3))


@overload
def f(x: int) -> int: ...


@overload
def f(x: str) -> str: ...


def f(x):
    return x * 2


print(f(2), f('a'), len(typing.get_overloads(f)))
typing.clear_overloads()
print(typing.get_overloads(f))


@overload
def g(x: int) -> int: ...


attempt(lambda: g(1))

UserId = NewType('UserId', int)
u = UserId(5)
print(UserId, u, type(u), UserId.__supertype__, UserId.__name__)


def sub():
    class Sub(UserId):
        pass


attempt(sub)


@no_type_check
def nt(a: 'whatever'):
    return a


print(nt.__no_type_check__, nt(1), typing.get_type_hints(nt))


@final
class Leaf:
    pass


print(Leaf.__final__)
print(typing.assert_type(5, int))
attempt(lambda: typing.assert_never(3))
