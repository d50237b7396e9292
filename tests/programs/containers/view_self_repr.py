# repr of dicts holding their own views, and of containers of user objects.
d = {}
d[1] = d.values()
print(d)
e = {}
e['k'] = e.keys()
print(e)
f = {}
f['i'] = f.items()
print(f)
s = [1]
s.append(s.__iter__)
print(len(repr(s)) > 0)
class R:
    def __repr__(self): return 'R!'
print([R()], (R(),), {R(): R()} if False else {1: R()}, {R()} if False else 0)
print(repr([1, 'a', None, 2.5, (1,), [], {}, set(), frozenset({1})]))
print(str([1, 'a']), str((1, 'a')), str({1: 'a'}))
