# dict.get, keys, values and items.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 'fallback'), d.get('b', 0))
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, '->', v)
print('a' in d.keys(), 5 in d.values(), ('b', 2) in d.items())
print(len(d.keys()), len(d.items()))
keys = d.keys()
d['d'] = 4
print(list(keys))
print(sorted(d.values(), reverse=True))
