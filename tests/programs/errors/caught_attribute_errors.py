# AttributeError, caught and printed.
class Box:
    size = 1
b = Box()
try:
    b.color
except AttributeError as e:
    print('1:', e)
try:
    Box.weight
except AttributeError as e:
    print('2:', e)
try:
    (5).real_part_x
except AttributeError as e:
    print('3:', e)
try:
    'text'.reverse()
except AttributeError as e:
    print('4:', e)
try:
    del b.nothing
except AttributeError as e:
    print('5:', e)
try:
    None.value
except AttributeError as e:
    print('6:', e)
try:
    [].push(1)
except AttributeError as e:
    print('7:', e)
