# Errors of dumps: unserializable values, circular references, NaN, keys.
import json

class Thing:
    pass

for value in [{1, 2}, Thing(), b'bytes', [1, {'a': {3}}], 1j]:
    try:
        json.dumps(value)
    except TypeError as e:
        print('TypeError:', e)

lst = [1]
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print('ValueError:', e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError:', e)
try:
    json.dumps(lst, check_circular=False)
except RecursionError:
    print('RecursionError')

shared = [1]
print(json.dumps([shared, shared]))  # shared is not circular

for value in [float('nan'), [float('inf')], {'x': -float('inf')}]:
    try:
        json.dumps(value, allow_nan=False)
    except ValueError as e:
        print('ValueError:', e)

try:
    json.dumps({(1, 2): 'tuple key'})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({(1, 2): 'skipped', 'kept': 1}, skipkeys=True))
print(json.dumps({'a': 1, (3,): 2, 'b': 3}, skipkeys=True, indent=1))
