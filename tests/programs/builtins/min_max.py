# min() and max() over iterables and over arguments.
print(min([4, 2, 8]), max([4, 2, 8]))
print(min(4, 2, 8), max(4, 2, 8), max(1, 2.5))
print(min('hello'), max('hello'), max(['apple', 'pear', 'fig']))
print(min((3, 'a'), (1, 'b')), max([[1, 2], [1, 3]]))
print(max(range(10)), min(-2**80, 5))
def neg(x):
    return -x
print(min([1, 5, 3], key=neg), max([1, 5, 3], key=neg))
print(max(['aa', 'b', 'cccc', 'dd'], key=len))
try:
    min([])
except ValueError as e:
    print('ValueError:', e)
