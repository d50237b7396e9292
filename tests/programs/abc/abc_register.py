# abc: virtual subclasses through register() and __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        pass


class Circle:
    def draw(self):
        return 'o'


print(isinstance(Circle(), Drawable))
tok = get_cache_token()
r = Drawable.register(Circle)
print(r is Circle, get_cache_token() != tok)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))


class BigCircle(Circle):
    pass


print(issubclass(BigCircle, Drawable), Drawable in BigCircle.__mro__)


@Drawable.register
class Line:
    pass


print(issubclass(Line, Drawable), isinstance(Line(), Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), isinstance('s', Drawable))


class Sized2(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Box:
    def __len__(self):
        return 0


print(issubclass(Box, Sized2), issubclass(list, Sized2), issubclass(float, Sized2))
print(isinstance(Box(), Sized2), isinstance(3.0, Sized2))
try:
    issubclass(3, Drawable)
except TypeError as e:
    print(e)
try:
    Drawable.register(3)
except TypeError as e:
    print(e)
try:
    Circle.__dict__  # plain class unchanged
    Drawable.register(Drawable)
    print('self ok')
except RuntimeError as e:
    print(e)
