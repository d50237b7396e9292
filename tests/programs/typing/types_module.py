# types: the type names, SimpleNamespace, MappingProxyType, new_class.
import types
import sys


def f():
    pass


def gen():
    yield


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(gen(), types.GeneratorType), isinstance(sys, types.ModuleType))
print(isinstance(f.__code__, types.CodeType), types.NoneType, types.FunctionType.__name__)
print(types.ModuleType('mymod'), types.ModuleType('m2', 'doc').__doc__)
ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b='two', c=[3]))
del ns.a
print(ns, types.SimpleNamespace(), repr(types.SimpleNamespace(x=types.SimpleNamespace(y=1))))
try:
    types.SimpleNamespace(1)
except TypeError:
    print('TypeError')
try:
    hash(ns)
except TypeError:
    print('unhashable')
mp = types.MappingProxyType({'k': 1, 'j': 2})
print(mp['k'], len(mp), list(mp), 'j' in mp, mp.get('z', 0), sorted(mp.items()), mp == {'k': 1, 'j': 2})
try:
    mp['k'] = 5
except TypeError as e:
    print(e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)


def body(ns):
    ns['x'] = 10
    ns['double'] = lambda self: self.x * 2


N = types.new_class('N', (C,), exec_body=body)
print(N.__name__, N.__mro__[1] is C, N().double())


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag')
        return super().__new__(mcls, name, bases, ns)


M = types.new_class('M', (), {'metaclass': Meta, 'tag': 't'})
print(type(M).__name__, M.tag)
meta, nsd, kw = types.prepare_class('P', (), {'metaclass': Meta, 'q': 1})
print(meta.__name__, nsd, kw)
print(types.resolve_bases((int, list[int])))
