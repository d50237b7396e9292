from array import array
a = array('i', [1,2,3])
tests = ["a[5]", "a[5]=1", "array('i').pop()", "a.pop(9)", "a.remove(9)", "a.index(9)", "a.__setitem__(slice(0,2), [1])",
 "a + [1]", "a.extend(array('d'))", "a + array('d')", "a.fromlist((1,))", "a[::2] = array('i',[1,2,3])", "hash(a)", "a.tounicode()",
 "array('i',[1]) < array('d',[1.5])", "a * 'x'", "a.extend(5)", "a['x']", "del a[9]", "array('u','ab').fromunicode(5)", "a.fromunicode('x')", "array('i', [1,2]) == [1,2]",
 "a.frombytes('x')", "a.insert('x', 1)", "a < 3", "a.byteswap(1)", "array('i', [1]).append(2, 3)"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
print(array('u', 'abc'), array('d', [1.5, 2]), array('f'), array('b', b'\x01\xff'))
print(type(a), array.__name__, array.__module__, repr(array))
import sys
print(sys.getsizeof(array('i')) < sys.getsizeof(array('i', range(100))))
