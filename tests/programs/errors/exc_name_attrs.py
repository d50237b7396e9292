# The keyword attributes of ImportError, AttributeError and NameError, and
# the ones the interpreter fills in when a lookup fails.
import math

e = ImportError('no module', name='mod', path='/x/mod.py')
print(e.name, e.path, e.msg, str(e), repr(e), e.args)
e = ImportError('a', 'b')
print(e.msg, e.name, e.path, str(e))
e = ImportError()
print(e.msg, repr(str(e)))
e = ModuleNotFoundError('gone', name='gone')
print(e.name, str(e))
e = AttributeError('x', name='n', obj=3)
print(e.name, e.obj, e.args)
print(AttributeError('plain').name, AttributeError('plain').obj)
print(NameError('y', name='q').name, NameError().name)
print(UnboundLocalError('z', name='w').name)
for cls in (ImportError, AttributeError, NameError):
    try:
        cls('m', bogus=1)
    except TypeError as err:
        print('TypeError:', err)
e = AttributeError()
e.name = 'set later'
print(e.name)


class Thing:
    pass


t = Thing()
try:
    t.missing
except AttributeError as err:
    print(err.name, err.obj is t, err.args)
try:
    getattr(t, 'also_missing')
except AttributeError as err:
    print(err.name, err.obj is t)
try:
    math.sqr
except AttributeError as err:
    print(err.name, err.obj is math)
try:
    Thing.nope
except AttributeError as err:
    print(err.name, err.obj is Thing)
try:
    (1).real.nope
except AttributeError as err:
    print(err.name, err.obj)


class Custom:
    def __getattr__(self, name):
        raise AttributeError('custom', name='other')


try:
    Custom().wanted
except AttributeError as err:
    print(err.name, type(err.obj).__name__, err.args)
try:
    undefined_global
except NameError as err:
    print(repr(err.name), type(err).__name__)


def unbound():
    if False:
        v = 1
    return v


try:
    unbound()
except UnboundLocalError as err:
    print(repr(err.name), err)
print(hasattr(t, 'missing'), getattr(t, 'missing', 'default'))


class Hook:
    def __getattr__(self, name):
        raise AttributeError('from hook')


class Getattribute:
    def __getattribute__(self, name):
        raise AttributeError('g', obj=5)


class Prop:
    @property
    def p(self):
        raise AttributeError('inner', name='zz')


for probe in (lambda: Hook().wanted, lambda: Getattribute().x, lambda: Prop().p):
    try:
        probe()
    except AttributeError as err:
        print(err.name, type(err.obj).__name__, err.args)
