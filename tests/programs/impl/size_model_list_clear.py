# Ouro's size model, docs/memory.md §3: a list's size is its header plus its
# allocated item capacity, so it grows with appends and clear(), which frees
# the item array, returns it to the size of [].
import sys
empty = sys.getsizeof([])
lst = []
for i in range(1000):
    lst.append(i)
print(sys.getsizeof(lst) > empty)
print(sys.getsizeof(lst) >= empty + 1000 * 8)
lst.clear()
print(sys.getsizeof(lst) == empty)
