# __length_hint__ of dict and set iterators (0 after a size change),
# enumerate[int], tuple.__getnewargs__, dict_values has no __contains__.
d = {1: 1, 2: 2, 3: 3}
it = iter(d); next(it)
print(it.__length_hint__(), iter(d.values()).__length_hint__(), reversed(d.items()).__length_hint__())
d[4] = 4
print(it.__length_hint__())
s = {1, 2}
si = iter(s); print(si.__length_hint__()); next(si); print(si.__length_hint__()); s.add(9); print(si.__length_hint__())
print(enumerate[int], (1, 2).__getnewargs__(), ().__getnewargs__())
print('__contains__' in dir({}.values()), '__contains__' in dir({}.keys()), 1 in {0: 1}.values())
print('__length_hint__' in dir(iter({})), '__class_getitem__' in dir(enumerate))
class Eq:
    def __eq__(self, o): return o == 'x'
print(Eq() in {1: 'x'}.values(), Eq() in {1: 'y'}.values())
