# slice.indices with huge bounds and lengths, and slice errors.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s.indices(5), slice(None).indices(3), slice(-100, 100, -1).indices(10), slice(None, None, -1).indices(4))
t(lambda: slice(0, 1, 0).indices(4))
t(lambda: slice(1).indices(-1))
t(lambda: slice(1).indices('a'))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), repr(slice(1)), slice(1, 2, 3).step)
t(lambda: hash(slice(1)))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
print(slice(2**100).indices(5), slice(-2**100, None).indices(5))
print(slice(3, 2**70, 2**65).indices(2**80))
print(slice(None, None, -2**64).indices(2**66))
print(slice(-2**70, -5, 3).indices(2**69 + 7))
t(lambda: slice(1, 'a').indices(3))
t(lambda: slice(1, 2, 'x').indices(3))
class I:
    def __index__(self):
        return 4
print(slice(I(), None).indices(I()), slice(1, 2**200).indices(10))
print([0, 1, 2, 3, 4, 5][slice(I(), None)], 'abcdef'[slice(-2**90, 2**90, 2)])
