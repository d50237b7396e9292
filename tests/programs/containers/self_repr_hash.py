# repr of self-containing containers and hashing rules of the containers.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = [1]
a.append(a)
print(a, (a,), [a, (a, 2)])
d = {'k': 1}
d['me'] = d
print(d, [d])
t1 = (1, [])
t1[1].append(t1)
print(t1)
d2 = {}
d2[1] = [d2, (d2,)]
print(d2)
print(repr(d.keys()), repr(d.values()))
s = {1: a}
print(s, {frozenset([1, 2]): (1,)})
for v in ([], {}, set(), (1, []), {1: 2}.keys(), slice(1), bytearray() if False else [1]):
    t(lambda: hash(v))
print(hash(frozenset()) == hash(frozenset([])), hash((1, 2)) == hash((1.0, 2)), hash(range(3)) == hash(range(0, 3)))
print(hash(True) == hash(1), hash(1.5) == hash(1.5), hash(-1) == hash(-2))
t(lambda: {[]: 1})
t(lambda: {(1, {}): 1})
t(lambda: set([{}]))
t(lambda: frozenset([[1]]))
t(lambda: {1: 1}[[]])
t(lambda: [] in {1})
t(lambda: {} in {1: 1})
