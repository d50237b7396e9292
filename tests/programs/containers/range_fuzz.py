# 400 ranges over boundary values (int64 limits, 2**64, 2**100): len, iteration,
# reversed, in/index/count, indexing, slicing, hash and equality as CPython.
state = [12345]
def pick(seq):
    # A small LCG instead of the random module: deterministic everywhere.
    state[0] = (state[0] * 1103515245 + 12345) % 2**31
    return seq[state[0] % len(seq)]
vals = [0, 1, -1, 2, -2, 3, 7, 2**31, 2**62 - 1, 2**62, -2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 2**64 + 1, 2**100, -2**100, 10**20]
out = []
for _ in range(400):
    a, b, c = pick(vals), pick(vals), pick(vals)
    if c == 0:
        c = 1
    r = range(a, b, c)
    try:
        n = len(r)
    except OverflowError:
        n = 'big'
    items = []
    it = iter(r)
    for _ in range(3):
        try:
            items.append(next(it))
        except StopIteration:
            break
    ritems = []
    rit = reversed(r)
    for _ in range(2):
        try:
            ritems.append(next(rit))
        except StopIteration:
            break
    x = pick(vals)
    try:
        idx = r.index(x)
    except ValueError:
        idx = None
    try:
        g = r[pick(vals)]
    except IndexError:
        g = 'IE'
    s = r[pick([None] + vals):pick([None] + vals):pick([None, 1, -1, 2, -3, 2**65, -2**70])]
    out.append((n, items, ritems, x in r, idx, r.count(x), g, s, bool(r), hash(r) == hash(range(r.start, r.stop, r.step)), r == s))
for o in out:
    print(o)
