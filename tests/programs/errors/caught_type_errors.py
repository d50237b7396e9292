# Several kinds of TypeError, caught and printed.
def two(a, b):
    return a
nothing = None
five = 5
one_item = [1]
try:
    1 + 'a'
except TypeError as e:
    print('1:', e)
try:
    'a' + 1
except TypeError as e:
    print('2:', e)
try:
    [] - []
except TypeError as e:
    print('3:', e)
try:
    nothing()
except TypeError as e:
    print('4:', e)
try:
    two(1)
except TypeError as e:
    print('5:', e)
try:
    two(1, 2, 3)
except TypeError as e:
    print('6:', e)
try:
    two(1, b=2, c=3)
except TypeError as e:
    print('7:', e)
try:
    two(1, a=1)
except TypeError as e:
    print('8:', e)
try:
    len(5)
except TypeError as e:
    print('9:', e)
try:
    five[0]
except TypeError as e:
    print('10:', e)
try:
    one_item[nothing]
except TypeError as e:
    print('11:', e)
try:
    {[]: 1}
except TypeError as e:
    print('12:', e)
try:
    for x in 3.5:
        pass
except TypeError as e:
    print('13:', e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print('14:', e)
try:
    'abc'[0] = 'x'
except TypeError as e:
    print('15:', e)
try:
    -'text'
except TypeError as e:
    print('16:', e)
try:
    3 < None
except TypeError as e:
    print('17:', e)
try:
    sorted([1, 'a'])
except TypeError as e:
    print('18:', e)
try:
    'x' * 'y'
except TypeError as e:
    print('19:', e)
try:
    int([1])
except TypeError as e:
    print('20:', e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print('21:', e)
try:
    ', '.join([1, 2])
except TypeError as e:
    print('22:', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('23:', e)
try:
    '%s %s' % ('one',)
except TypeError as e:
    print('24:', e)
