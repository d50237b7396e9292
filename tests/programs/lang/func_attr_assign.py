def f(a=1, *, k=2):
    "doc"
    return a, k
f.__defaults__ = (5,)
f.__annotations__ = {'a': int}
print(f.__defaults__, f.__annotations__, f())
del f.__annotations__
print(f.__annotations__)
f.__annotations__ = None
print(f.__annotations__)
f.__kwdefaults__ = {'k': 9}
print(f(), f.__kwdefaults__)
del f.__defaults__
print(f.__defaults__)
try: f()
except TypeError as e: print(e)
f.__kwdefaults__ = None
print(f.__kwdefaults__)
f.__name__ = 'g'; f.__qualname__ = 'gg'; f.__doc__ = 'd'
print(f.__name__, f.__qualname__, f.__doc__)
del f.__doc__
print(f.__doc__)
for attr, val in [('__annotations__', 1), ('__defaults__', [1]), ('__kwdefaults__', 3),
                  ('__name__', 3), ('__qualname__', None)]:
    try:
        setattr(f, attr, val)
    except TypeError as e:
        print(attr, e)
for attr in ['__name__', '__qualname__']:
    try:
        delattr(f, attr)
    except TypeError as e:
        print(attr, e)
print(repr(f).split(' at ')[0])
