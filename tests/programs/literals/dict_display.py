# Dict displays: insertion order, duplicate keys, nested values.
print({})
print({'a': 1, 'b': 2})
print({1: 'one', 2: 'two', 3.5: 'x', None: 0, (1, 2): 'tuple'})
d = {'x': 1, 'y': 2, 'x': 3}
print(d, len(d))
print({'outer': {'inner': [1, 2]}})
print({True: 'yes', 1: 'one'})
print({'k': 'v'}['k'])
