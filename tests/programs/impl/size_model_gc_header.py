# Ouro's size model, docs/memory.md §3: sys.getsizeof(o) is o.__sizeof__() plus
# the GC header for tracked (container) types, and exactly o.__sizeof__() for
# atomic ones such as ints and strings.
import sys
print(sys.getsizeof([]) > [].__sizeof__())
print(sys.getsizeof(2**100) == (2**100).__sizeof__())
print(sys.getsizeof('text') == 'text'.__sizeof__())
