from array import array
import array as arrmod
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a[::-1], a.typecode, a.itemsize)
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(100, 7); a.insert(-100, -1)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(3); print(a, a.index(4), a.count(2), 2 in a, 9 in a)
a.reverse(); print(a)
a[1:3] = array('i', [10, 20, 30]); print(a)
del a[::2]; print(a)
a[::2] = array('i', [7, 8]); print(a)
del a[0]; print(a)
a += array('i', [1]); print(a)
a *= 2; print(a)
print(a + a, 2 * array('b', [1]), array('b', [1]) * 3)
print(array('u', 'hello'), array('u', 'hi').tounicode(), array('d', [1.5, 2]), array('f', [1.1]))
print(array('b', b'\x01\xff'), array('h', b'\x01\x00\xff\xff'), array('i', [1, 2]).tobytes())
b = array('H', [1, 258]); b.byteswap(); print(b, b.tolist())
c = array('l'); c.frombytes(b'\x01' * 8); c.fromlist([5]); print(c)
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1]) < array('i', [1, 0]), array('i', [2]) > array('i', [1, 9]))
print(arrmod.typecodes, array('Q', [2**64 - 1]), array('q', [-2**63]))
print(list(array('B', range(5))), sum(array('d', [0.5, 0.25])))
print(a.buffer_info()[1], type(a.buffer_info()[0]))
for tc in 'bBhHiIlLqQ':
    try:
        array(tc, [2**40])
    except OverflowError as e:
        print(tc, e)
import copy
d = copy.copy(a); e = copy.deepcopy(a); print(d == a, e is a)
x = array('i', range(5)); x[1:4] = x; print(x)
x = array('i', range(5)); x += x; print(x)
x = array('i', range(10)); del x[1:8:3]; print(x); del x[::-2]; print(x)
print(x[100:], array('i', [1, 2, 3])[::-2])
try:
    del x[50]
except IndexError as e:
    print(e)
try:
    x[50] = 1
except IndexError as e:
    print(e)
print(repr(array('d')), array('i', array('b', [1, 2])))
