# types.GenericAlias: isinstance/issubclass refuse parameterized generics;
# ModuleType(name) gets __package__/__loader__/__spec__ and its own repr;
# the instance dict and class mappingproxy.
# genericalias & module & attrview probes
print(list[int], list[int].__origin__, list[int].__args__, list[int]() , type(list[int]()).__name__)
print(dict[str, list[int]], tuple[int, ...], list[int] == list[int], list[int] != list[str])
a = list[int]
print(a.__parameters__ if hasattr(a, '__parameters__') else (), isinstance([], list))
try: isinstance([], list[int])
except TypeError as e: print(e)
class G:
    def __class_getitem__(cls, p): return (cls, p)
print(G[int][1])
import sys
m = type(sys)
mod = m('mymod', 'docstring')
mod.x = 1
print(mod.x, sorted(k for k in vars(mod)))
try: mod.nope
except AttributeError as e: print(e)
class A: pass
a = A(); a.x = 1
d = a.__dict__
print(type(d).__name__, d, d.get('x'), d.keys(), list(d.values()), 'x' in d, len(d))
d['y'] = 2; print(a.y); d.update(z=3); print(a.z, d.pop('z'), hasattr(a, 'z'), d.setdefault('w', 9), a.w)
print(sorted(d.items()), d == {'x': 1, 'y': 2, 'w': 9}, dict(d) == {'x': 1, 'y': 2, 'w': 9}, d.copy() == dict(d))
d.clear(); print(a.__dict__)
print(A.__dict__['__module__'], type(A.__dict__).__name__)
try: A.__dict__['q'] = 1
except TypeError as e: print(e)
print(len(A.__dict__) > 0, 'q' in A.__dict__, A.__dict__.get('q', 'none'))
print(repr(mod), repr(sys)[:13])
try: issubclass(list, list[int])
except TypeError as e: print(e)
print(list[int].__mro_entries__((list[int],)), dict[str, int].__mro_entries__(()))
