# A user's module earlier on sys.path wins over the built-in library module
# of the same name, as with CPython's standard library; the library module
# is found when the user has none.
import sys

here = __file__.rsplit('/', 1)[0] if '/' in __file__ else '.'
sys.path.insert(0, here + '/shadow')
import string
print(string.digits)
import heapq
print(heapq.nsmallest(1, [3, 1, 2]), 'heapq' in sys.modules)
import collections
import functools as ft
print(ft.reduce(lambda a, b: a * b, range(1, 6)), collections.deque([1]).maxlen)
from collections import Counter, deque
print(Counter('aab').most_common(1), deque is collections.deque)
try:
    import collections.nosuchmodule
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    import nosuchmodule_xyz
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
