# sys.getsizeof relations that hold for any sane implementation.
import sys
print(sys.getsizeof('') < sys.getsizeof('a' * 1000))
print(sys.getsizeof(()) < sys.getsizeof((1, 2, 3)))
d = {}
small = sys.getsizeof(d)
for i in range(1000):
    d[i] = i
print(sys.getsizeof(d) > small)
print(sys.getsizeof(2**1000) > sys.getsizeof(1))
print(sys.getsizeof(set()) < sys.getsizeof(set(range(100))))
print(sys.getsizeof(1) > 0, sys.getsizeof(None) > 0)
