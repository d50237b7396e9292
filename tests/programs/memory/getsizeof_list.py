# sys.getsizeof of lists: only relations, the numbers differ between
# implementations.
import sys
empty = sys.getsizeof([])
print(empty < sys.getsizeof([1, 2, 3]))
lst = []
sizes = [sys.getsizeof(lst)]
for i in range(100):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
print(sizes[-1] > sizes[0])
print(sorted(sizes) == sizes)
lst.clear()
print(sys.getsizeof(lst) == empty)
print(sys.getsizeof([], 12345) == empty)
print(type(sys.getsizeof(lst)))
