from array import array
a = array('i', range(10))
print(a[-100:100], a[3:-3:2], a[::-3], a[100:], a[-1:-5:-1])
print(a.index(5, -6), a.index(2, -100, 100))
try:
    a.index(2, 5)
except ValueError as e:
    print(e)
a.insert(2**70 if False else 100, 7); a.insert(-2, 8); print(a)
print(a.pop(-2), a.pop(3), a)
a.extend(x * x for x in range(3)); print(a)
print(sorted(array('d', [3, 1, 2])), max(array('b', [1, -5, 9])), sum(array('Q', [2**63, 2**63 - 1])))
print(array('i', range(3)) + array('i'), array('i') * 5, 0 * array('i', [1]), [1] * 2)
x = array('B', b'hello'); print(x, x.tobytes().decode())
print(array('i', [1, 2]) != array('i', [1, 2]), array('i', [1, 2]) <= array('i', [1, 2]), array('i', [1, 2]) >= array('i', [1, 3]))
y = array('u'); y.fromunicode('héllo'); y.append('!'); print(y, y.tounicode(), y.count('l'))
z = array('d'); z.fromlist([1, 2.5]); 
try:
    z.fromlist([3, 'x'])
except TypeError as e:
    print(e, z)
del z[:]; print(z, len(z), bool(z), bool(array('b', [0])))
w = array('h', [1, 2, 3, 4, 5, 6]); del w[1::2]; print(w); del w[-1]; print(w); w[0] = -7; print(w)
w[-1] = 3; print(w, w.buffer_info()[1])
class MyInt:
    def __index__(self): return 12
print(array('l', [MyInt()]), array('h', [True, False]))
print(array('f', [1, 2]) == array('d', [1, 2]), array('i', [1]) == array('u', 'a'))
