import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering
import operator

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4], 10))
print(reduce(lambda a, b: a + b, [], 'init'))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError:', e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

square = partial(power, exp=2)
print(square(7), square(7, mod=5))
p2 = partial(partial(power, 3), 4)
print(p2(), p2.args, p2.keywords, p2.func is power)
print(repr(partial(max, 1, key=None)))
try:
    partial(5)
except TypeError as e:
    print('TypeError:', e)

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) + 1
    return inner

@deco
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(1, 2))

calls = []

@lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 10

print(f(1), f(2), f(1), f(3), f(2), f(1))
print(calls)
print(f.cache_info())
info = f.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
f.cache_clear()
print(f.cache_info())
print(f.__name__, f.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@lru_cache(typed=True)
def ident(x):
    calls.append(('t', x))
    return x

ident(1); ident(1.0); ident(1)
print(ident.cache_info())

@cache
def sq(n):
    calls.append(('sq', n))
    return n * n

print(sq(4), sq(4), sq(k := 5), sq.cache_info())

def cmp(a, b):
    return (a > b) - (a < b)

print(sorted([3, 1, 2], key=cmp_to_key(cmp)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(1) <= V(0), V(3) > V(1))

@total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v

print(W(1) < W(2), W(1) > W(2), W(2) <= W(2), W(3) > W(1))
try:
    @total_ordering
    class Z:
        pass
except ValueError as e:
    print('ValueError:', e)
print(functools.reduce(operator.add, range(10)))
