# collections.abc: classes that define the methods are virtual subclasses.
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable,
                             Callable, Sequence, Mapping, Reversible,
                             Collection, AsyncIterator, Awaitable)


class Bag:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


class Count:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


class Fn:
    def __call__(self):
        return 1


class Unhashable:
    __hash__ = None


class NoIter(Bag):
    __iter__ = None


class AIt:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class Aw:
    def __await__(self):
        yield


for cls in (Bag, Count, Fn, Unhashable, NoIter, AIt, Aw):
    print(cls.__name__, [a.__name__ for a in
                         (Iterable, Iterator, Sized, Container, Hashable,
                          Callable, Collection, Reversible, Sequence, Mapping,
                          AsyncIterator, Awaitable)
                         if issubclass(cls, a)])
print(isinstance(Count(), Iterator), list(Count()))
print(isinstance(Bag(), Collection), isinstance(object(), Sized))
Sequence.register(Bag)
print(issubclass(Bag, Sequence), issubclass(Bag, Reversible))


class MyIterable(Iterable):
    pass


class MySized(Sized):
    def __len__(self):
        return 1


# The hooks belong to the ABCs themselves, not to their subclasses.
print(issubclass(list, MyIterable), issubclass(Bag, MySized), issubclass(MySized, Sized))
print(isinstance(MySized(), Sized), isinstance([], MyIterable), issubclass(MySized, Iterable))
