# sys.getsizeof of bytes and bytearray: Ouro's numbers differ from
# CPython's, so only the relations both share are printed.
import sys
def B(s):
    return bytes(s, 'latin-1')
print(sys.getsizeof(B('abc')) - sys.getsizeof(B('')))
print(sys.getsizeof(B('x' * 100)) > sys.getsizeof(B('x')))
b = bytearray()
s0 = sys.getsizeof(b)
for i in range(100):
    b.append(i)
s1 = sys.getsizeof(b)
print(s1 > s0 + 90)
b.clear()
print(sys.getsizeof(b) < s1, sys.getsizeof(b) - s0 < 8)
print(B('abc').__sizeof__() == sys.getsizeof(B('abc')))
