# set/frozenset in-place operators with non-sets (TypeError), __init__ refills,
# frozenset identity on copy, comparisons through dunders.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def ior():
    s = {1}; s |= [2]
def iand():
    s = {1}; s &= [2]
def ixor():
    s = frozenset(); s ^= 1
def isub():
    s = {1}; s -= (1,)
for f in (ior, iand, ixor, isub): t(f)
s = {1, 2}; s.__init__([3]); print(s)
t(lambda: s.__init__(1))
d = {1: 2}; d.__init__({3: 4}); print(d)
fs = frozenset([1]); print(frozenset(fs) is fs, set(fs) is fs)
class FS(frozenset): pass
x = FS([1]); print(frozenset(x) is x, type(frozenset(x)).__name__, FS(x) is x)
print(frozenset().union([1]) == {1}, {1}.union(frozenset([2])) == {1, 2})
print({1, 2} == {1, 2}.copy(), {1: {2}} == {1: {2}}, [{1}] == [frozenset([1])])
print(set([1, 2]).__eq__([1, 2]), {1}.__lt__(1), {1}.__or__(1))
t(lambda: {1}.__ior__({2}))
t(lambda: {1}.isdisjoint(1))
t(lambda: {1}.issuperset(1))
print({1}.issubset(range(3)), {1}.issuperset(iter([1])), {1, 2} >= frozenset([1]))
