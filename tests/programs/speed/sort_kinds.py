# Sorting keys that all share one shape (small ints, strs, floats, tuples
# whose first items are ints or strs), which list.sort compares directly,
# against keys that break the shape at the start, the middle or the end.
import random

rng = random.Random(7)


def check(name, xs, **kw):
    a = sorted(xs, **kw)
    b = list(xs)
    b.sort(**kw)
    print(name, a == b, a[:6], a[-3:])


ints = [rng.randrange(-10**6, 10**6) for _ in range(500)]
check("ints", ints)
check("ints reverse", ints, reverse=True)
check("ints limits", [2**61 - 1, -2**61, 0, -1, 1, 2**62, -2**62, 2**61, -2**61 - 1])
check("ints + big", ints + [10**30, -10**30])
check("ints + bool", [True] + ints[:20] + [False])
check("ints + float", ints[:50] + [0.5, -1e300, float("inf")])
check("ints + str", [1, 2], key=lambda v: v)
try:
    sorted(ints[:30] + ["x"])
except TypeError as e:
    print("TypeError", e)

words = ["".join(rng.choice("abcé€\U0001F600xyz") for _ in range(rng.randrange(0, 12)))
         for _ in range(400)]
check("strs", words)
check("strs reverse", words, reverse=True)
check("prefixes", ["abcdefgh", "abcdefg", "abcdefghi", "abcd", "abc", "", "abcdefgh\0",
                   "abcdefgg", "abcdefgi", "ab\x7f", "ab\x80", "abcd\xff", "abcdÿ"])


class S(str):
    def __lt__(self, other):
        print("S.__lt__")
        return str.__lt__(self, other)


check("str subclass", ["b", S("a"), "c"])

floats = [rng.uniform(-5, 5) for _ in range(300)] + [0.0, -0.0, float("inf"), -float("inf")]
check("floats", floats)
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 3.0, 1.0]))

recs = [(rng.randrange(20), "k%d" % rng.randrange(100), i) for i in range(600)]
check("tuple int", recs)
check("tuple int key", recs, key=lambda r: (r[0], r[1]))
check("tuple int reverse", recs, key=lambda r: (r[0], r[1]), reverse=True)
srecs = [(r[1], r[0]) for r in recs]
check("tuple str", srecs)
check("tuple str reverse", srecs, reverse=True)
check("tuple mixed first", [(1, "a"), ("a", 1)], key=lambda t: t[0] if isinstance(t[0], int) else 0)
check("tuples with empty", [(2,), (), (1, 2), (1,)])
check("tuples of big ints", [(10**20, 1), (5, 2), (10**20, 0)])
check("tuple first str, then floats", [("a", 2.5), ("a", nan), ("b", 1.0), ("a", -1.0)])
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([("a", 1), ("a", "b")])
except TypeError as e:
    print("TypeError", e)

# Stability with equal keys of each shape.
print([i for _, i in sorted([(k % 3, i) for i, k in enumerate(range(12))], key=lambda p: p[0])])
print([p[1] for p in sorted([("ab"[k % 2], k) for k in range(10)], key=lambda p: p[0])])
print([p[1] for p in sorted([(0.5 * (k % 2), k) for k in range(10)], key=lambda p: p[0],
                            reverse=True)])


# A key whose comparison mutates the list is still detected.
class Grow:
    def __init__(self, v, lst):
        self.v, self.lst = v, lst

    def __lt__(self, other):
        self.lst.append(0)
        return self.v < other.v


lst = []
lst.extend(Grow(v, lst) for v in (3, 1, 2))
try:
    lst.sort()
except ValueError as e:
    print("ValueError", e)
