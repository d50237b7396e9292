# Huge repeat counts and lengths: OverflowError/MemoryError up front as in
# CPython (list(range(2**62)) reserves its room first), len() errors of
# the iterable propagate except TypeError.
def t(f):
    try: print(repr(f())[:60])
    except Exception as e: print(type(e).__name__, e)
t(lambda: [0] * 2**63)
t(lambda: [0] * 2**62)
t(lambda: (0,) * 2**63)
t(lambda: (1, 2) * 2**62)
t(lambda: 'ab' * 2**63)
t(lambda: [] * 2**100)
t(lambda: () * 2**100)
t(lambda: [1] * -2**100)
t(lambda: list(range(2**62)))
t(lambda: range(2**62)[::2**61])
t(lambda: len(range(2**62)[::2**61]))
def imul():
    x = [1, 2]; x *= 2**62
t(imul)
def imul2():
    x = [1, 2]; x *= 2**64
t(imul2)
t(lambda: [0].__mul__(2**64))
t(lambda: [1].index(1, -2**64, 2**64))
t(lambda: [1, 2].pop(-2**64))
t(lambda: [1].insert(2**64, 5))
t(lambda: list(range(2**64)))
class BadLen:
    def __len__(self): raise ValueError('len broke')
    def __iter__(self): return iter([1])
t(lambda: list(BadLen()))
class TLen:
    def __len__(self): raise TypeError('no len really')
    def __iter__(self): return iter([1, 2])
t(lambda: list(TLen()))
class Liar:
    calls = 0
    def __len__(self):
        Liar.calls += 1
        return 2**21
    def __iter__(self): return iter([1, 2])
t(lambda: list(Liar()))
print(Liar.calls)
x = []; x.extend(Liar()); print(x, Liar.calls)
t(lambda: list(range(2**21))[-1])
