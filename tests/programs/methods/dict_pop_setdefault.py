# dict.pop and dict.setdefault.
d = {'a': 1, 'b': 2}
print(d.pop('a'), d)
print(d.pop('zz', 'absent'), d)
print(d.setdefault('b', 100), d)
print(d.setdefault('c', 3), d)
print(d.setdefault('e'), d)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError:', e)
