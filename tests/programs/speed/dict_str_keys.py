# Dicts of str keys: the inline probe for exact strs must agree with the
# general lookup when other keys share a hash, when keys are str subclasses
# or equal strs that are distinct objects, and d[k] = v on dicts, dict
# subclasses and other mappings.


class Twin:
    """Hashes like a str and compares equal to it, noisily."""

    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("Twin.__eq__", self.text, other)
        return other == self.text


class S(str):
    pass


words = ["w%d" % i for i in range(40)]
d = {}
for w in words:
    d[w] = d.get(w, 0) + 1
for w in "".join(words).split("w")[1:]:
    w = "w" + w
    d[w] += 1
print(len(d), d["w0"], d["w39"], "w40" in d, d.get("w" + "7"))

d[Twin("w5")] = "twin"
print(len(d), d["w5"])
d["zz"] = 1
t = Twin("zz")
print(t in d, d[t])
d2 = {Twin("a%d" % i): i for i in range(3)}
for i in range(20):
    d2["k%d" % i] = i
print("a1" in d2, d2["a1"], d2.get("a9"), len(d2))

d3 = {S("x"): 1, "y": 2}
for i in range(20):
    d3["f%d" % i] = i
print(d3["x"], d3[S("y")], type(list(d3)[0]).__name__)
d3["x"] = 5
print(d3[S("x")], len(d3))


class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)


ld = Logged()
ld["a"] = 1
ld["a"] += 1
print(ld)


class Missing(dict):
    def __missing__(self, k):
        return k * 2


m = Missing(a=1)
print(m["a"], m["bc"], m.get("bc"))
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
t = (10, 20, 30)
print(t[0], t[-1], t[-3])
for bad in (3, -4):
    try:
        t[bad]
    except IndexError as e:
        print("IndexError", e)
print(t[True], t[1:], [1, 2][-1])
