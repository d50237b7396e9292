# A dict that contains itself, and two dicts pointing at each other.
import gc
gc.collect()
d = {}
d['self'] = d
del d
print(gc.collect())
x = {'name': 'x'}
y = {'name': 'y', 'peer': x}
x['peer'] = y
del x, y
print(gc.collect())
