# Ouro's size model, docs/memory.md §3, on 64-bit Linux: the exact numbers the
# document derives from the object layouts. Expectations are Ouro's own
# (CPython's sizes differ), written from the document, not from Ouro's output.
import sys
print(sys.getsizeof([]))        # 40 + GC header 16
print(sys.getsizeof({}))        # 48 + 16
print(sys.getsizeof((1, 2)))    # 32 + 8 * 2 + 16
print(sys.getsizeof(""))        # 48 + NUL
print(sys.getsizeof("abc"))     # 48 + 3 + NUL
print(sys.getsizeof(1.5))       # header + double
print(sys.getsizeof(1))         # a small int answers as a one-limb heap int
print(sys.getsizeof(2**100))    # 32 + 2 limbs of 8
print(sys.getsizeof(b""))       # 32 + NUL
print(sys.getsizeof(b"abc"))    # 32 + 3 + NUL
b = bytearray(b"x" * 100)
b.clear()
print(sys.getsizeof(b))         # 48: clear() frees the buffer
print(sys.getsizeof(memoryview(b"abc")))  # 88 + GC header 16
print(sys.getsizeof(1j))        # header + two doubles
print(sys.getsizeof(set()))     # 192 (inline 8-slot table) + 16
s = set(range(10))
s.clear()
print(sys.getsizeof(s))         # clear() gives the heap table back
print(sys.getsizeof({1: 2}))    # 48 + 4 entries of 24 + 16
print(sys.getsizeof(dict.fromkeys(range(9))))  # 48 + 21 entries + 32 index slots of 4 + 16
class C:
    pass
a = C()
print(sys.getsizeof(a))         # 48 + 16: no attribute seen yet, no inline entries
a.x = 1
print(sys.getsizeof(a))         # + a buffer of 4 entries of 24
b = C()
print(sys.getsizeof(b))         # 48 + 1 inline entry of 24 + 16: a had one attribute
b.x = 1
print(sys.getsizeof(b))         # the attribute fits inline
b.y = 2
print(sys.getsizeof(b))         # outgrown: + a buffer of 4 entries
c = C()
print(sys.getsizeof(c))         # 48 + 2 inline entries + 16
