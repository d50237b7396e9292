# lru_cache with keyword arguments, maxsize=0 and unhashable arguments;
# partial in methods and sorting; reduce with an iterator.
from functools import lru_cache, partial, reduce, wraps, update_wrapper
calls = []

@lru_cache(maxsize=None)
def f(a, b=0, *, c=1):
    calls.append((a, b, c))
    return a + b + c

print(f(1), f(1), f(1, 2), f(1, b=2), f(1, c=5), f(1, c=5))
print(len(calls), f.cache_info())

@lru_cache(maxsize=0)
def g(x):
    calls.append(x)
    return x

g(1); g(1)
print(g.cache_info(), calls[-2:])
try:
    f([1])
except TypeError as e:
    print('TypeError:', e)
print(reduce(lambda acc, ch: acc + ch.upper(), iter('abc'), ''))
base2 = partial(int, base=2)
print(base2('1010'), base2('11', base=3))

class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self, greeting):
        return greeting + ', ' + self.name

hellos = [partial(Greeter.hello, Greeter(n), 'hi') for n in 'ab']
print([h() for h in hellos])

def wrapper(*args):
    return 'wrapped'

def original():
    """doc of original"""

update_wrapper(wrapper, original)
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is original)

def counted(fn):
    @wraps(fn)
    def inner(*a):
        inner.count += 1
        return fn(*a)
    inner.count = 0
    return inner

@counted
def sq(x):
    return x * x

print(sq(3), sq(4), sq.count, sq.__name__)
