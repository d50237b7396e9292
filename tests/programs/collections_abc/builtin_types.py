# collections.abc: isinstance/issubclass of the built-in types.
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable,
                             Callable, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, MutableSet, Generator,
                             Collection, Reversible, KeysView, ItemsView,
                             ValuesView, ByteString, Awaitable, Coroutine,
                             AsyncIterable, AsyncIterator)
import collections.abc as cabc

abcs = [Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence,
        MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator,
        Collection, Reversible]


def gen():
    yield 1


samples = [[1], (1,), 'ab', b'x', {1: 2}, {1}, frozenset({1}), range(3), 3,
           3.5, None, len, gen(), iter([1]), {}.keys(), {}.items(),
           {}.values(), bytearray(b'a'), lambda: 0]
for s in samples:
    print(type(s).__name__.ljust(16), ''.join('X' if isinstance(s, a) else '.'
                                              for a in abcs))
print([a.__name__ for a in abcs if issubclass(dict, a)])
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView),
      isinstance({}.values(), ValuesView))
print(isinstance(b'', ByteString), isinstance('', ByteString))
print(issubclass(list, Hashable), issubclass(tuple, Hashable))


async def co():
    pass


c = co()
print(isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance([], AsyncIterable))
c.close()
print(sorted(cabc.__all__)[:5])
print(Iterable[int], Callable[[int, str], float], Mapping[str, list])
print(Sequence[int].__origin__ is Sequence, Sequence[int].__args__)
