# Class and instance attributes, shadowing, deletion, and descriptors.
class Counter:
    count = 0
    shared = []

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


a, b = Counter(), Counter()
print(Counter.count, a.id, b.id, a.count)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
a.shared.append(1)
print(b.shared)
try:
    del a.nothing
except AttributeError as e:
    print('AttributeError:', e)
try:
    Counter.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    a.missing
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(a, 'missing', 'default'), hasattr(a, 'id'), hasattr(a, 'nope'))
setattr(a, 'dyn', 5)
print(a.dyn, vars(a) == {'id': 1, 'dyn': 5})
delattr(a, 'dyn')
print(sorted(vars(a)))
Counter.added = 'late'
print(b.added)
del Counter.added
print(hasattr(b, 'added'))


class WithDoc:
    """The doc."""


print(WithDoc.__doc__, WithDoc.__name__, WithDoc.__qualname__, WithDoc.__module__)


class Outer:
    class Inner:
        def m(self):
            pass


print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(Counter.__init__.__name__, type(a.__init__).__name__)
print(a.__init__.__self__ is a, a.__init__.__func__ is Counter.__init__)
try:
    Counter.__init__()
except TypeError as e:
    print('TypeError:', e)


# Functions stored on instances are not bound.
def free(x):
    return x * 2


a.f = free
print(a.f(4))
Counter.g = free
try:
    b.g(4)
except TypeError as e:
    print('TypeError:', e)
print(Counter.g(4))
