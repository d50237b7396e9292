# typing: NamedTuple, TypedDict, Protocol, get_type_hints on classes.
from typing import (NamedTuple, TypedDict, Protocol, runtime_checkable,
                    get_type_hints, List, Optional, ClassVar, SupportsInt,
                    SupportsFloat, SupportsIndex, Required, NotRequired)


class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: List[str] = []

    def describe(self):
        return '%s#%d' % (self.name, self.id)


e = Employee('ann')
print(e, e.describe(), e._fields, e._field_defaults, Employee.__annotations__)
print(e[0], e._replace(id=9), e._asdict(), isinstance(e, tuple), Employee('b', 1, ['x']))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point.__annotations__, Point._fields)
Kw = NamedTuple('Kw', a=int, b=str)
print(Kw(1, 'z'))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    class Bad2(NamedTuple):
        x: int

        def _asdict(self):
            pass
except AttributeError as e:
    print(e)


class Movie(TypedDict):
    title: str
    year: int


class Partial(Movie, total=False):
    rating: float


m = Movie(title='Up', year=2009)
print(m, type(m), sorted(Movie.__required_keys__), Movie.__total__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(Partial.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(e)
Alt = TypedDict('Alt', {'a': int, 'b': str}, total=False)
print(Alt(a=1), sorted(Alt.__optional_keys__), Alt.__total__)


class Mixed(TypedDict, total=False):
    need: Required[int]
    maybe: NotRequired[str]
    other: str


print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))


@runtime_checkable
class Closable(Protocol):
    def close(self): ...


class Resource:
    def close(self):
        return 'closed'


class Plain:
    pass


print(isinstance(Resource(), Closable), isinstance(Plain(), Closable))
print(issubclass(Resource, Closable), issubclass(Plain, Closable))


class Named(Protocol):
    name: str


try:
    isinstance(Plain(), Named)
except TypeError as e:
    print(e)
try:
    Named()
except TypeError as e:
    print(e)


class Impl(Closable):
    pass


print(Impl().close(), isinstance(3, SupportsInt), isinstance('x', SupportsInt))
print(isinstance(3.5, SupportsFloat), isinstance(3, SupportsIndex), isinstance(3.5, SupportsIndex))
try:
    runtime_checkable(Plain)
except TypeError as e:
    print(e)


class Node:
    value: int
    next: Optional['Node']
    count: ClassVar[int] = 0


class Leaf(Node):
    label: 'str'
    items: List['Node']


print(get_type_hints(Node))
print(get_type_hints(Leaf))
