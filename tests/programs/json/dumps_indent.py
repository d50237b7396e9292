# indent (int or str), separators and sort_keys give CPython's exact text.
import json

data = {'name': 'x', 'items': [1, 2, {'a': [], 'b': {}}], 'nested': {'z': [None]}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent='\t'))
print(json.dumps(data, indent='--', sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, indent=1, separators=(', ', ' : ')))
print(json.dumps([1, 2], indent=None), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True))
print(json.dumps({2: 'b', 1: 'a'}, sort_keys=True))
print(repr(json.dumps([[1]], indent=3)))
