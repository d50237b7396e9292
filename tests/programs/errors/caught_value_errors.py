# ValueError cases, caught and printed.
try:
    int('abc')
except ValueError as e:
    print('1:', e)
try:
    int('12', 2)
except ValueError as e:
    print('2:', e)
try:
    float('1.2.3')
except ValueError as e:
    print('3:', e)
try:
    [1, 2].index(3)
except ValueError as e:
    print('4:', e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print('5:', e)
try:
    a, b = [1]
except ValueError as e:
    print('6:', e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print('7:', e)
try:
    max([])
except ValueError as e:
    print('8:', e)
try:
    list(range(0, 10, 0))
except ValueError as e:
    print('9:', e)
try:
    'a,b'.split('')
except ValueError as e:
    print('10:', e)
try:
    int('')
except ValueError as e:
    print('11:', e)
