# Error cases of classes with CPython's messages.
def expect(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('no error')


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def dist(self):
        return self.x + self.y

    class Inner:
        def __init__(self, a):
            pass


expect(lambda: Point(1))
expect(lambda: Point(1, 2, 3))
expect(lambda: Point(1, 2, z=3))
expect(lambda: Point.Inner())
expect(lambda: Point.dist())
expect(lambda: Point(1, 2).dist(5))
print(Point.dist(Point(1, 2)))
expect(lambda: list.append(1, 2))
expect(lambda: list.append())
expect(lambda: str.upper(5))


class Empty:
    pass


expect(lambda: Empty(1))
expect(lambda: object(1))


# Abstract-ish: a base method that raises NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must define area')


class Blob(Shape):
    pass


expect(lambda: Blob().area())


class NotABase:
    pass


expect(lambda: type('Bad', (NotABase(),), {}))
for base in (bool, type(None), type(len), type(lambda: 0), range, slice):
    expect(lambda: type('Bad', (base,), {}))
for bases in [(list, dict), (int, str), (str, int), (Exception, list)]:
    expect(lambda: type('Bad', bases, {}))


class Fine(ValueError, KeyError):
    pass


print(Fine.__mro__[1].__name__, issubclass(Fine, LookupError))
expect(lambda: object.__new__(int))
expect(lambda: int.__new__(str))
expect(lambda: Point.__new__(1))
expect(lambda: setattr(int, 'x', 1))
expect(lambda: delattr(Point, 'nothing'))
expect(lambda: setattr(Point, '__name__', 5))
expect(lambda: setattr(Empty(), '__class__', int))


class Again:
    def __init__(self):
        return 5


expect(Again)
