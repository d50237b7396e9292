# set.add, discard, remove and clear. Printed through sorted().
s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))
s.discard(1)
s.discard(42)
print(sorted(s))
s.add('x')
s.remove('x')
print(sorted(s), 3 in s)
s.clear()
print(s, len(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
words = set()
for w in ['b', 'a', 'b', 'c', 'a']:
    words.add(w)
print(sorted(words))
