# sys.getsizeof of an array grows with the items it holds, and the array is
# freed when the last reference goes (the leak check runs on every program).
import sys
from array import array
small = sys.getsizeof(array('d'))
big = sys.getsizeof(array('d', range(1000)))
print(small < big, big - small >= 8000)
a = array('b', range(100))
print(sys.getsizeof(a) < sys.getsizeof(array('q', range(100))))
print(hash is not None)
try:
    hash(a)
except TypeError as e:
    print(e)
print(array('i', [3, 1, 2]).__sizeof__() > 0)
