# A matrix of values and dumps options, plus loads of the results.
import json

state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n

atoms = [0, -1, 7, 2 ** 64, 1.5, -0.25, 1e22, 1e-5, 123.456, True, False, None, '', 'a',
         'tab\there', 'quote"back\\', 'é', '日本', '😀', '\x00\x1f\x7f', '\u2028', 'line\nfeed']
def build(depth):
    k = rnd(5)
    if depth > 3 or k < 2:
        return atoms[rnd(len(atoms))]
    if k == 2:
        return [build(depth + 1) for _ in range(rnd(4))]
    d = {}
    for _ in range(rnd(4)):
        d[['k', 'b', 'a', 'é', 'z1'][rnd(5)] + str(rnd(3))] = build(depth + 1)
    return d

options = [{}, {'indent': 2}, {'indent': '\t', 'sort_keys': True}, {'ensure_ascii': False},
           {'separators': (',', ':')}, {'indent': 0, 'separators': (', ', ': ')}]
for i in range(60):
    v = build(0)
    opts = options[i % len(options)]
    text = json.dumps(v, **opts)
    print(text)
    print(json.loads(text) == v)
