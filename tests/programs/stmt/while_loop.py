# while loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i =', i)
n = 0
while True:
    n += 1
    if n >= 3:
        break
print('n =', n)
k = 0
while k < 3:
    k += 1
else:
    print('while finished normally, k =', k)
k = 0
while k < 10:
    k += 1
    if k == 4:
        break
else:
    print('not printed')
print('broke at', k)
while 0:
    print('never')
else:
    print('else runs when the loop never starts')
