# abc: abstract methods block instantiation with CPython 3.11's message.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class Poly(Shape):
    @abstractmethod
    def sides(self):
        pass

    @property
    @abstractmethod
    def name(self):
        pass


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


for cls in (Shape, Poly):
    try:
        cls()
    except TypeError as e:
        print(e)
print(sorted(Shape.__abstractmethods__), sorted(Poly.__abstractmethods__))
print(Square.__abstractmethods__)
print(Square(3).describe())
print(isinstance(Square(2), Shape), issubclass(Square, Shape), issubclass(int, Shape))


class Tri(Poly):
    name = 'tri'

    def area(self):
        return 1

    def sides(self):
        return 3


t = Tri()
print(t.name, t.sides(), t.area())


class Base(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


try:
    Base()
except TypeError as e:
    print(e)


class Impl(Base):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'h'


print(type(Impl.make()).__name__, Impl.helper())
print(type(Base).__name__, type(Shape).__name__)
