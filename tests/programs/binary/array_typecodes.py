# Every typecode: item size, limits, round trip through bytes, byteswap.
from array import array, typecodes
limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
          'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for tc in typecodes:
    if tc in limits:
        lo, hi = limits[tc]
        a = array(tc, [lo, 0, hi])
        for bad in (lo - 1, hi + 1):
            try:
                a.append(bad)
                print('no error for', tc, bad)
            except OverflowError:
                pass
    elif tc == 'u':
        a = array(tc, 'aé€😀')
    else:
        a = array(tc, [0.5, -1.25, 1e10])
    b = array(tc, a.tobytes())
    c = array(tc, a)
    c.byteswap()
    c.byteswap()
    print(tc, a.itemsize, a == b == c, a.tolist(), len(a.tobytes()))
    print(repr(a), str(a[::-1]), a[1], a[-1], list(reversed(a)) == a.tolist()[::-1])
d = array('d', [1.0, float('nan')])
print(d == d, d != d, d < array('d', [2.0]))
print(array('f', [0.1])[0], array('f', [1e40])[0], array('d', [2**53 + 1])[0])
it = iter(array('h', [1, 2]))
print(next(it), next(it), next(it, 'end'))
