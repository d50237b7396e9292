# for loops over many kinds of iterables, with break, continue and else.
for x in [1, 2, 3]:
    print(x, end=' ')
print()
for ch in 'abc':
    print(ch, end='')
print()
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for key in {'a': 1, 'b': 2}:
    print(key, end=' ')
print()
for item in (1, 'two'):
    print(item, end=' ')
print()
for n in range(10):
    if n % 2:
        continue
    if n > 6:
        break
    print('even', n)
for n in range(3):
    pass
else:
    print('else after a full loop; n =', n)
for n in range(3):
    if n == 1:
        break
else:
    print('not printed')
for n in []:
    print('never')
else:
    print('else after an empty loop')
