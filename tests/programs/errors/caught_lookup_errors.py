# KeyError and IndexError, caught and printed.
d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print('1:', e)
try:
    d[(1, 2)]
except KeyError as e:
    print('2:', e)
try:
    {}.pop('x')
except KeyError as e:
    print('3:', e)
try:
    del d['zz']
except KeyError as e:
    print('4:', e)
lst = [1, 2, 3]
try:
    lst[3]
except IndexError as e:
    print('5:', e)
try:
    lst[-4] = 0
except IndexError as e:
    print('6:', e)
try:
    (1, 2)[2]
except IndexError as e:
    print('7:', e)
try:
    'abc'[3]
except IndexError as e:
    print('8:', e)
try:
    [].pop()
except IndexError as e:
    print('9:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('10:', e)
try:
    del lst[10]
except IndexError as e:
    print('11:', e)
try:
    range(3)[5]
except IndexError as e:
    print('12:', e)
try:
    d['b']
except LookupError as e:
    print('13: LookupError catches KeyError:', e)
