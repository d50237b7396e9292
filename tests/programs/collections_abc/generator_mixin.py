# collections.abc: Generator and Coroutine mixins (__next__, close, throw).
from collections.abc import Generator, Coroutine, Iterator


class Counter(Generator):
    def __init__(self, stop):
        self.i = 0
        self.stop = stop

    def send(self, value):
        if value is GeneratorExit:
            raise StopIteration
        self.i += 1
        if self.i > self.stop:
            raise StopIteration
        return self.i

    def throw(self, typ, val=None, tb=None):
        if typ is GeneratorExit:
            raise StopIteration
        return super().throw(typ, val, tb)


c = Counter(3)
print(list(c), isinstance(c, Iterator), iter(c) is c)
c.close()
try:
    Counter(1).throw(ValueError, ValueError('bad'))
except ValueError as e:
    print('ValueError', e)
try:
    Counter(1).throw(KeyError)
except KeyError:
    print('KeyError')


class Stubborn(Generator):
    def send(self, value):
        return 1

    def throw(self, typ, val=None, tb=None):
        return 2


try:
    Stubborn().close()
except RuntimeError as e:
    print(e)


class Co(Coroutine):
    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        return 'kept'

    def __await__(self):
        return iter(())


try:
    Co().close()
except RuntimeError as e:
    print(e)
print(isinstance(Co(), Coroutine))
