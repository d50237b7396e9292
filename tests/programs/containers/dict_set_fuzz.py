# 2000 random dict/set operations (ints, a float, a tuple, big ints): dict
# order and set iteration order / pop() choices equal CPython's, which needs
# the pop finger kept across clear and &=, and the last dummy reused on add.
state = [4242]
def pick(seq):
    # A small LCG instead of the random module: deterministic everywhere.
    state[0] = (state[0] * 1103515245 + 12345) % 2**31
    return seq[state[0] % len(seq)]
keys = list(range(-5, 40)) + [2**40, -2**61, 2**64, 1.5, (1, 2)]
d = {}
s = set()
log = []
for step in range(2000):
    op = pick(['set', 'set', 'del', 'pop', 'popitem', 'setdefault', 'add', 'add', 'discard', 'pop_s', 'ior', 'iand', 'isub', 'ixor'])
    k = pick(keys)
    if op == 'set':
        d[k] = step
    elif op == 'del':
        if k in d:
            del d[k]
    elif op == 'pop':
        d.pop(k, None)
    elif op == 'popitem' and d:
        d.popitem()
    elif op == 'setdefault':
        d.setdefault(k, -step)
    elif op == 'add':
        s.add(k)
    elif op == 'discard':
        s.discard(k)
    elif op == 'pop_s' and s:
        s.pop()
    elif op in ('ior', 'iand', 'isub', 'ixor'):
        other = {pick(keys) for _ in range(pick([0, 3, 10]))}
        if op == 'ior': s |= other
        elif op == 'iand': s &= other | set(list(s)[:5])
        elif op == 'isub': s -= other
        else: s ^= other
    if step % 100 == 0:
        print(step, list(d.items())[:6], len(d), list(s)[:8], len(s))
print(sorted(d.items(), key=repr) == sorted(dict(d).items(), key=repr), list(d)[-5:], list(s)[-5:])
print(sum(1 for k in keys if k in d), sum(1 for k in keys if k in s))
