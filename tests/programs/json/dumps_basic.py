# dumps of every JSON type with the default separators.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-7))
print(json.dumps(1.5), json.dumps(0.1), json.dumps(1e100), json.dumps(-0.0), json.dumps(1e-7))
print(json.dumps(10 ** 30), json.dumps(-(2 ** 70)), json.dumps(3.0))
print(json.dumps('abc'), json.dumps(''), json.dumps('a"b\\c'), json.dumps('\n\r\t\b\f\x00\x1f'))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}]))
print(json.dumps([1, 'two', 3.0, None, True, [False]]))
print(json.dumps((1, 2)), json.dumps({'a': (1, [2, {'b': None}])}))
print(json.dumps({'b': 1, 'a': 2}))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', False: 0}))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
print(json.dumps({'k': {'k': {'k': [1, [2, [3]]]}}}))
print(json.dumps('/'), json.dumps('\x7f'), json.dumps('\u2028'))
print(type(json.dumps([1])).__name__)
