# dumps then loads gives back an equal value.
import json

values = [
    None, True, 0, -1, 2 ** 100, 0.5, -1e-10, 123456.789, 'text', '',
    [1, [2, [3, []]]], {'a': {'b': {'c': {}}}}, ['é', '😀', '\x00', '"\\'],
    {'list': [1, 2.0, 'three', None, False], 'nested': {'k': ['v']}},
]
for v in values:
    for kw in [{}, {'indent': 2}, {'ensure_ascii': False}, {'separators': (',', ':')}]:
        back = json.loads(json.dumps(v, **kw))
        if back != v:
            print('MISMATCH', v, kw, back)
print('checked', len(values))
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps({1: 2, 2.5: 3})))
f = 0.1 + 0.2
print(json.dumps(f), json.loads(json.dumps(f)) == f)
