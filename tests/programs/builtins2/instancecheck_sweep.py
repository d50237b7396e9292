# isinstance/issubclass with a metaclass's __instancecheck__/__subclasscheck__,
# and a sweep of builtins with CPython's results.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Any(metaclass=Meta): pass
print(isinstance(42, Any), isinstance(1, Any), issubclass(int, Any), issubclass(str, Any))
print(isinstance(42, (str, Any)), issubclass(int, (str, Any)))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), isinstance(A, type))
print(isinstance(True, int), issubclass(bool, object), isinstance(None, type(None)))
t(lambda: isinstance(1, [int]))
t(lambda: issubclass(B, [A]))
t(lambda: issubclass(B(), A))
class V:
    def __init__(self): self.x = 1; self.y = 2
v = V()
print(vars(v), sorted(vars(V).keys())[:3] if False else 'x' in dir(v), getattr(v, 'x'), hasattr(v, 'z'))
setattr(v, 'z', 3); print(v.z, vars(v))
delattr(v, 'z'); t(lambda: delattr(v, 'z'))
t(lambda: getattr(v, 'nope'))
t(lambda: setattr(v, 1, 2))
t(lambda: vars(v, 1))
it = iter([1, 2, 3].pop, 1)
print(list(it))
cnt = [0]
def f():
    cnt[0] += 1
    return cnt[0]
print(list(iter(f, 4)))
t(lambda: iter(1, 2))
t(lambda: iter([], 2))
t(lambda: next(iter([]), None))
g = (x for x in [1])
print(next(g), next(g, 'end'))
print(type(1), type('a'), type(type), type(None).__name__)
t(lambda: type())
t(lambda: type('X', 1, {}))
print(callable(V), callable(v), callable(print))
print(abs(-2.5), abs(True), abs(-0.0), abs(-3))
print(divmod(-7, 2), divmod(7, -2.0), divmod(-0.0, 1))
print(pow(3, 4), pow(2, 0.5), pow(-8, 1/3) if False else pow(-2, 3), pow(2, 100, 7), pow(3, -1, 7))
t(lambda: pow(2, 3, 4, 5))
t(lambda: pow(3, -1, 6))
print(round(0.5), round(1.5), round(-1.5), round(2.5, 0), round(1234.5678, -2), round(5, 2), type(round(5.5)))
print(bin(0), oct(-8), hex(0), bin(True))
print(ord('a'), chr(97), ord('\U0001f600'), chr(0x1f600) == '\U0001f600')
print(format(1234567, ','), format(0.5, '%'), format('x', '^5'), format(12, '08b'), format(True))
print(repr(1.0), repr(-0.0), ascii('a\x00'), ascii('ok'))
print(any(x > 2 for x in [1, 3]), all([]), all(x for x in [1, 0]), any([0, '', None]))
print(sum([0.1] * 10), sum(range(101)), sum([[1]], []), sum((1, 2), start=3))
print(list(map(pow, [2, 3], [3, 2])), list(filter(lambda x: x % 2, range(6))))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('ab', 'cd')))
print(list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(5, 0, -2))))
print(len(range(10)), len('héllo'), len({1: 2}), len(frozenset()))
print(id(v) == id(v), hash(v) == hash(v))
print(min(3, 1, 2), max('b', 'a'), min([[2], [1, 5]]), max([1, 2, 3], key=lambda x: -x))
print(max(2, 2.0), min(2.0, 2), max([2, 2.0]), min([1, True]))
print(int('  12 '), int('-0x1f', 16), int('0b101', 0), int(3.9), int(-3.9), int('1_000'))
t(lambda: int('1__0'))
t(lambda: int('12', 1))
t(lambda: int(None))
print(float(' 1e3 '), float('-inf'), float('nan') != float('nan'), float(7))
print(str(), str(12), str([1]), str(None), bool(), bool([]), bool([0]))
print(list(), tuple(), dict(), set(), frozenset(), object().__class__.__name__)
print(slice(3), slice(1, 2), slice(1, 2, 3).indices(10))
print(globals()['t'] is t, 'v' in globals())
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
class P:
    def m(self): return 'P'
class C(P):
    def m(self): return 'C' + super().m()
print(C().m(), super(C, C()).m())
