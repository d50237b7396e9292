# Attribute loads and stores at one site over instances of str, tuple and
# int subclasses (whose attribute table does not sit at the type's offset
# for str and tuple) and of plain classes, read and written many times.


class S(str):
    pass


class T(tuple):
    pass


class I(int):
    pass


class Plain:
    pass


def make(k):
    objs = [S("ab" * k), T(range(k)), I(k), Plain(), S(""), T()]
    for o in objs:
        o.n = k
        o.tag = type(o).__name__
    return objs


def run(objs, rounds):
    for _ in range(rounds):
        for o in objs:
            o.n += 1
            o.n = o.n * 2 % 1009
    return [(o.tag, o.n, len(o) if not isinstance(o, (int, Plain)) else None) for o in objs]


for k in (1, 3, 40):
    print(run(make(k), 50))

s = S("xyz")
s.a = 1
s.b = 2
del s.a
s.a = 3
print(s, s.a, s.b, sorted(vars(s)))
t = T((1, 2))
for i in range(20):
    t.__dict__["k%d" % i] = i
print(t, t.k0, t.k19, len(vars(t)))
