import keyword
import copyreg

print(keyword.kwlist)
print(keyword.softkwlist)
for w in ['if', 'match', 'case', '_', 'print', 'None', 'none', 'async', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(len(keyword.kwlist), all(keyword.iskeyword(k) for k in keyword.kwlist))


class P:
    def __init__(self, x):
        self.x = x


def reduce_p(p):
    return (P, (p.x,))


copyreg.pickle(P, reduce_p)
print(copyreg.dispatch_table[P] is reduce_p)
try:
    copyreg.pickle(P, 42)
except TypeError as e:
    print('TypeError:', e)
copyreg.add_extension('mod', 'name', 5)
copyreg.add_extension('mod', 'name', 5)
try:
    copyreg.add_extension('mod', 'other', 5)
except ValueError as e:
    print('ValueError:', e)
copyreg.remove_extension('mod', 'name', 5)
try:
    copyreg.add_extension('m', 'n', 0)
except ValueError as e:
    print('ValueError:', e)
o = copyreg.__newobj__(P)
print(type(o).__name__, hasattr(o, 'x'))
