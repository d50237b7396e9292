# Sorting with tuple keys: ints, strs, floats (NaN included), mixed and
# nested items, user classes whose __eq__/__lt__ run Python code or raise,
# stability of equal keys, and a seeded comparison with a reference sort.


class Loud:
    calls = []

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Loud.calls.append(("eq", self.v, other.v))
        return self.v == other.v

    def __lt__(self, other):
        Loud.calls.append(("lt", self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "Loud(%r)" % self.v


class Bad:
    def __eq__(self, other):
        raise ValueError("no eq")


class NoOrder:
    pass


recs = [(3, "b"), (1, "z"), (3, "a"), (2, "m"), (1, "a"), (3, "a")]
print(sorted(recs))
print(sorted(recs, reverse=True))
print(sorted([(1, 2.5), (1, -0.0), (1, 0.0), (0, 9.0), (1, 2.25)]))

# Equal keys keep their order, also with reverse=True.
pairs = [((k % 3, "x"), i) for i, k in enumerate([5, 2, 8, 1, 4, 7, 3, 6, 0])]
print([i for _, i in sorted(pairs, key=lambda p: p[0])])
print([i for _, i in sorted(pairs, key=lambda p: p[0], reverse=True)])

# NaN: equal to nothing, less than nothing; tuple order then rests on it.
nan = float("nan")
print(sorted([(1, nan, 1), (1, nan, 0), (0, 1.0, 5)], key=lambda t: (t[0], t[1])))
same = (1, nan)
print(sorted([same, (0, 0.0), same]))

# Mixed types in one position: int against float, and a str against an int.
print(sorted([(1, 2), (1, 1.5), (0, True), (1, 2.0)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)

# Nested tuples and tuples of different lengths.
print(sorted([((1, 2), 3), ((1,), 9), ((1, 2), 1), ((0, 5, 5),), ()]))
print(sorted([(1, 2, 3), (1, 2), (1,), (1, 2, 0)]))

# Items whose comparisons run Python code: == decides first, then <.
Loud.calls.clear()
out = sorted([(1, Loud(2)), (1, Loud(1)), (0, Loud(5))])
print(out)
print(sorted(set(Loud.calls)))

try:
    sorted([(1, Bad()), (1, Bad())])
except ValueError as e:
    print("ValueError", e)
try:
    sorted([(1, NoOrder()), (1, NoOrder())])
except TypeError as e:
    print("TypeError", e)

# A seeded comparison with a reference merge sort written here.
def reference(xs):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    a, b = reference(xs[:mid]), reference(xs[mid:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if b[j] < a[i]:
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    return out + a[i:] + b[j:]


x = 12345
ok = True
for trial in range(60):
    data = []
    for i in range(trial * 7 + 1):
        x = (x * 1103515245 + 12345) % 2147483648
        k = x % 5
        data.append(((x >> 8) % 4, "abcde"[k], (x >> 16) % 3 * 0.5, i))
    if sorted(data) != reference(data):
        ok = False
    keyed = sorted(data, key=lambda t: (t[1], t[0]))
    # Ties broken by position: what a stable sort by the key gives.
    if [t[3] for t in keyed] != [p[1] for p in reference([((t[1], t[0]), t[3]) for t in data])]:
        ok = False
print("seeded", ok)
