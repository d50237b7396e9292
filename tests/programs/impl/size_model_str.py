# Ouro's size model, docs/memory.md §3: a str is a 48-byte header plus its
# UTF-8 bytes plus a NUL, so each extra ASCII character adds exactly one byte.
import sys
print(sys.getsizeof('ab') - sys.getsizeof('a') == 1)
print(sys.getsizeof('a' * 101) - sys.getsizeof('a') == 100)
print(sys.getsizeof('') > 0)
