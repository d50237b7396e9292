# __enter__/__exit__, __new__, __init_subclass__, __class_getitem__,
# isinstance/issubclass with tuples, type(name, bases, dict).
class Ctx:
    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        print('enter')
        return 'value'

    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, ev)
        return self.swallow


with Ctx(False) as v:
    print('body', v)
with Ctx(True):
    raise ValueError('swallowed')
try:
    with Ctx(False):
        raise KeyError('kept')
except KeyError as e:
    print('KeyError:', e)
with Ctx(False) as a, Ctx(False) as b:
    print(a, b)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)


class Single:
    _inst = None

    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('created with', args)
        return cls._inst

    def __init__(self, *args):
        print('init', args)


s1 = Single(1)
s2 = Single(2)
print(s1 is s2)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print('never')


print(Other())


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls


class Alpha(Plugin):
    pass


class Beta(Plugin, name='beta'):
    pass


print(sorted(Plugin.registry))
try:
    class Gamma(Plugin, bogus=1):
        pass
except TypeError as e:
    print('TypeError:', e)


class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__}]'


print(Box[int], list[int], dict[str, int])
try:
    Alpha[int]
except TypeError as e:
    print('TypeError:', e)

print(isinstance(1, (str, int)), isinstance('x', (int, (float, str))), isinstance(1, ()))
print(issubclass(bool, (str, int)), issubclass(Beta, (Plugin,)), issubclass(int, ()))
try:
    isinstance(1, (int, 2))
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)


def hello(self):
    return 'hello from ' + type(self).__name__


Dyn = type('Dyn', (Box,), {'hello': hello, 'n': 3})
d = Dyn()
print(Dyn.__name__, Dyn.__bases__[0].__name__, d.hello(), d.n, Dyn.__module__)
print(type('E', (), {}).__mro__[1].__name__, type(d).__name__, type(Dyn).__name__)
for args in [('x',), ('x', (), {}, 1), (1, (), {}), ('x', 1, {}), ('x', (), 1)]:
    try:
        type(*args)
    except TypeError as e:
        print('TypeError:', e)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tagged'] = True
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.tagged, type(WithMeta).__name__, isinstance(WithMeta(), WithMeta))
