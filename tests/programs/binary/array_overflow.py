from array import array
for tc in 'bBhHiIlLqQ':
    for v in (-2**70, -2**63-1, -2**31-1,-1, 2**64, 2**63, 2**32, 2**31, 2**16, 2**15, 256, 128, 1.5, 'x', None):
        try:
            array(tc, [v])
        except Exception as e:
            print(tc, v, type(e).__name__, e)
for tc in 'fdu':
    for v in (1, 'x', 'xy', 1.5, None, 2**1024):
        try:
            array(tc, [v])
        except Exception as e:
            print(tc, v, type(e).__name__, e)
for args in [(), (1,), ('xx',), ('z',), ('i', 'abc'), ('u', [1]), ('i', array('u','ab')), ('u', b'ab\0\0\0\0'), ('i', b'abc'),('i',5)]:
    try:
        print(array(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
