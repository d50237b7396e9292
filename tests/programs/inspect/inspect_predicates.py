# inspect: the is*() predicates, getmembers, getdoc, cleandoc, getmro.
import inspect
import sys
from abc import ABC, abstractmethod


def func():
    """Do things.

        Indented detail.
    more
    """


def gen():
    yield 1


async def coro():
    pass


class Base:
    """Base docstring."""

    attr = 5

    def method(self):
        """Method doc."""

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def prop(self):
        return 1


class Child(Base):
    def method(self):
        pass


class Abstract(ABC):
    @abstractmethod
    def run(self):
        pass


b = Base()
g = gen()
c = coro()
checks = [('isclass', inspect.isclass), ('isfunction', inspect.isfunction),
          ('ismethod', inspect.ismethod), ('isgenerator', inspect.isgenerator),
          ('isgeneratorfunction', inspect.isgeneratorfunction),
          ('iscoroutinefunction', inspect.iscoroutinefunction),
          ('iscoroutine', inspect.iscoroutine),
          ('isasyncgenfunction', inspect.isasyncgenfunction),
          ('isbuiltin', inspect.isbuiltin), ('ismodule', inspect.ismodule),
          ('isroutine', inspect.isroutine)]
objects = [('func', func), ('gen', gen), ('g', g), ('coro', coro), ('c', c),
           ('Base', Base), ('b.method', b.method),
           ('Base.cm', Base.cm), ('Base.sm', Base.sm), ('len', len),
           ('[].append', [].append), ('sys', sys), ('lambda', lambda: 0),
           ('3', 3)]
for name, obj in objects:
    print(name.ljust(10), [n for n, pred in checks if pred(obj)])
c.close()
print(inspect.isabstract(Abstract), inspect.isabstract(Base), inspect.isabstract(3))
print(inspect.isdatadescriptor(Base.__dict__['prop']), inspect.ismethoddescriptor(Base.__dict__['cm']))
print([n for n, v in inspect.getmembers(Base) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(b, inspect.ismethod) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print(repr(inspect.getdoc(func)))
print(inspect.getdoc(Base), inspect.getdoc(Child), inspect.getdoc(Child.method), inspect.getdoc(Child().method))
print(inspect.getdoc(Abstract))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(repr(inspect.cleandoc('\n\n   a\n   b\n')), repr(inspect.cleandoc('x\n\ty')))
print(inspect.getmro(Child), inspect.getmodule(Base) is sys.modules[__name__])
print(inspect.unwrap(func) is func)
