# __getattr__, __getattribute__, __setattr__, __delattr__.
class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(f'no {name}')


z = Lazy()
print(z.real, z.xyz, getattr(z, 'xa'), hasattr(z, 'nope'), getattr(z, 'nope', 'dflt'))
try:
    z.nope
except AttributeError as e:
    print('AttributeError:', e)


class Guarded:
    def __init__(self):
        object.__setattr__(self, 'log', [])

    def __setattr__(self, name, value):
        self.log.append(('set', name))
        if name == 'frozen':
            raise AttributeError('frozen is read-only')
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(('del', name))
        super().__delattr__(name)


g = Guarded()
g.a = 1
setattr(g, 'b', 2)
del g.a
try:
    g.frozen = True
except AttributeError as e:
    print('AttributeError:', e)
try:
    del g.missing
except AttributeError as e:
    print('AttributeError:', e)
print(g.log, g.b, hasattr(g, 'a'))


class Tracing:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        if name == 'magic':
            return 42
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return 'fallback:' + name


t = Tracing()
t.x = 5
print(t.x, t.magic, t.secret, t.other)


# __getattr__ is not used for dunder lookups by operators.
class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
print(p.count(1), p.index(2))
try:
    len(p)
except TypeError as e:
    print('TypeError:', e)


# A __getattr__ raising something else propagates.
class Boom:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    Boom().x
except KeyError as e:
    print('KeyError:', e)
try:
    hasattr(Boom(), 'x')
except KeyError as e:
    print('KeyError:', e)


# Data descriptors written in Python.
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be int')
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        delattr(obj, self.name)


class Point:
    x = Typed()
    y = Typed()


pt = Point()
pt.x = 3
print(pt.x, pt.y, type(Point.x).__name__, Point.x.name)
try:
    pt.y = 'a'
except TypeError as e:
    print('TypeError:', e)
del pt.x
print(pt.x)
pt.__dict__['x'] = 'shadow?'
print(pt.x)


class NonData:
    def __get__(self, obj, owner=None):
        return 'from descriptor'


class Host:
    attr = NonData()


h = Host()
print(h.attr)
h.attr = 'instance wins'
print(h.attr, Host.attr)
