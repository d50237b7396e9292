# @staticmethod, @classmethod and @property with setter and deleter.
class Temp:
    scale = 'C'

    def __init__(self, c):
        self._c = c

    @property
    def c(self):
        """degrees Celsius"""
        return self._c

    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v

    @c.deleter
    def c(self):
        print('deleting')
        del self._c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def convert(x):
        return x * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def describe(cls):
        return cls.__name__ + ' in ' + cls.scale


t = Temp(100)
print(t.c, t.f, Temp.convert(10), t.convert(20))
t.c = 37
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.f = 5
except AttributeError as e:
    print('AttributeError:', e)
del t.c
try:
    t.c
except AttributeError as e:
    print('AttributeError:', e)
print(Temp.freezing().c, type(Temp.freezing()).__name__, t.describe())
print(type(Temp.c).__name__, Temp.c.__doc__)
print(Temp.c.fget.__name__, Temp.c.fset is not None, Temp.c.fdel is not None)


class Kelvin(Temp):
    scale = 'K'


print(Kelvin.describe(), type(Kelvin.freezing()).__name__)


class RO:
    @property
    def x(self):
        return 1


try:
    del RO().x
except AttributeError as e:
    print('AttributeError:', e)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)


class Holder:
    size = sm
    name = cm


print(Holder.size('abc'), Holder().size([1]), Holder.name(), Holder().name())
print(isinstance(Temp.__dict__['convert'], staticmethod),
      isinstance(Temp.__dict__['freezing'], classmethod))
p = property(lambda self: 42)
Holder.answer = p
print(Holder().answer)
