from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 2 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, d.count('a'), d.index(2))
d.remove('a')
d.insert(1, 'new')
d[0] = 'first'
del d[2]
print(d, bool(d), bool(deque()))
d.clear()
print(d)
for meth in ('pop', 'popleft'):
    try:
        getattr(d, meth)()
    except IndexError as e:
        print('IndexError:', e)
try:
    deque([1])[5]
except IndexError as e:
    print('IndexError:', e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print('ValueError:', e)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.extend([7, 8])
print(m)
try:
    m.insert(0, 1)
except IndexError as e:
    print('IndexError:', e)
print(deque('abcdef', 2), deque([], 0), deque(range(3), maxlen=0))
q = deque()
for i in range(100):
    q.append(i)
total = 0
added = False
while q:
    total += q.popleft()
    if len(q) == 50 and not added:
        q.appendleft(1000)
        added = True
print(total)
a = deque([1, 2])
b = a.copy()
b.append(3)
print(a, b, a == deque([1, 2]), a != b, a < b, a == [1, 2])
print(a + b, a * 2, list(a), [x * 2 for x in b])
a += [9]
print(a)
try:
    deque(maxlen=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    hash(deque())
except TypeError:
    print('TypeError')
