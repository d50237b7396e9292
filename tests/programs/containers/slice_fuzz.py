# 300 slices (huge bounds and steps included) of list, tuple and range,
# with del and assignment of various sizes, as CPython.
state = [987]
def pick(seq):
    # A small LCG instead of the random module: deterministic everywhere.
    state[0] = (state[0] * 1103515245 + 12345) % 2**31
    return seq[state[0] % len(seq)]
bounds = [None, 0, 1, 2, 5, 9, -1, -3, -10, 100, -100, 2**70, -2**70]
steps = [None, 1, 2, 3, -1, -2, -4, 2**65, -2**65]
for _ in range(300):
    a, b, c = pick(bounds), pick(bounds), pick(steps)
    base = list(range(8))
    sl = slice(a, b, c)
    got = base[sl]
    t = tuple(base)[sl]
    r = range(8)[sl]
    d = list(base)
    del d[sl]
    e = list(base)
    n = pick([0, 1, 2, len(got)])
    try:
        e[sl] = list(range(100, 100 + n))
        res = e
    except ValueError as ex:
        res = str(ex)
    print(got, t == tuple(got), list(r) == got, d, res)
