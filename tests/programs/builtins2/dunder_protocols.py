# builtins through user dunders (__hash__, __len__, __bool__, __getitem__,
# __reversed__, __round__, __abs__, __format__, __index__) and argument-count
# errors of the builtins, zip(strict=True) with several arguments, input at EOF.
import sys
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class NoHash:
    def __eq__(self, o): return True
t(lambda: hash(NoHash()))
t(lambda: {NoHash()})
class BadHash:
    def __hash__(self): return 'x'
t(lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2**100
t(lambda: hash(BigHash()) == hash(2**100))
class HashNone:
    __hash__ = None
t(lambda: hash(HashNone()))
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
t(lambda: len(L(-1)))
t(lambda: len(L(2**70)))
t(lambda: len(L('a')))
t(lambda: bool(L(0)))
t(lambda: bool(L(-1)))
class B:
    def __bool__(self): return 1
t(lambda: bool(B()))
t(lambda: not B())
class G:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
print(list(G()), list(iter(G())), 20 in G(), list(reversed([1, 2])))
t(lambda: next(G()))
class C:
    def __call__(self): return 'called'
print(callable(C()), callable(C), C()())
class R:
    def __reversed__(self): return iter('zyx')
    def __round__(self, n=None): return ('round', n)
    def __abs__(self): return 'abs'
    def __format__(self, spec): return 'fmt:' + spec
    def __index__(self): return 5
print(list(reversed(R())), round(R()), round(R(), 2), abs(R()), format(R(), 'abc'), f'{R():q}')
print(bin(R()), hex(R()), oct(R()), [1, 2, 3, 4, 5, 6][R()], range(R()))
t(lambda: format(R(), 5))
class F:
    def __format__(self, spec): return 5
t(lambda: format(F()))
print(dir.__name__, len.__name__, type(len).__name__)
print(sum([0.1, 0.2, 0.3]), sum([1, 2.5, 3]), sum([], 7), sum(iter([1, 2])))
print(sorted([(1, 'b'), (0, 'a'), (1, 'a')], key=lambda p: p[0]))
t(lambda: min([1, 2], key=lambda x: 'a' if x == 1 else 1))
t(lambda: max(1, 'a'))
t(lambda: print('x', file=1))
print('to', 'stdout', file=sys.stdout, flush=True)
print(*[1, 2, 3], sep='')
print('a', 'b', sep=None, end=None)
t(lambda: input())
t(lambda: input('prompt> '))
def f():
    x = 1
    return sorted(vars().keys()), sorted(locals().keys()), 'x' in dir()
print(f())
t(lambda: vars(1))
print(type(globals()).__name__, '__name__' in globals(), globals()['__name__'])
t(lambda: getattr(1, 'x', 2, 3))
t(lambda: iter())
t(lambda: next())
t(lambda: divmod(1))
t(lambda: round())
t(lambda: round(1.5, 'a'))
t(lambda: chr())
t(lambda: chr(2**70))
t(lambda: chr(-2**70))
t(lambda: ord())
t(lambda: hex(1.0))
t(lambda: abs(None))
t(lambda: id())
t(lambda: hash())
t(lambda: callable())
t(lambda: setattr(1, 'x'))
t(lambda: hasattr(1))
t(lambda: repr())
t(lambda: ascii())
t(lambda: all())
t(lambda: any(1, 2))
t(lambda: sum())
t(lambda: sum([1], 2, 3))
t(lambda: isinstance(1, int, 2))
t(lambda: zip(1, strict=True))
t(lambda: list(zip([1, 2], iter([1]), strict=True)))
t(lambda: list(zip(iter([1]), [1, 2], [3, 4], strict=True)))
t(lambda: list(zip([1], [2], [3, 4], [5], strict=True)))
t(lambda: zip(x=1))
t(lambda: list(map(lambda: 1, [])))
t(lambda: list(map(lambda: 1, [1])))
t(lambda: filter(1, 2, 3))
t(lambda: list(filter(5, [1])))
t(lambda: reversed())
t(lambda: reversed([], 1))
t(lambda: enumerate([], start=2**80).__next__())
print(list(enumerate('ab', 2**80)), list(enumerate('ab', -1)))
t(lambda: reversed(seq=[1]))
