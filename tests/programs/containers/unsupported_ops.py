# unsupported item assignment/deletion and operators on containers, and the
# slice-assignment messages (slice errors first, extended-slice wording).
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def d1():
    x = (1, 2); del x[0]
def d2():
    x = (1, 2); x[0] = 5
def d3():
    x = range(3); x[0] = 1
def d4():
    x = {1}; x[0]
def d5():
    x = frozenset(); del x[0]
def d6():
    x = {}.keys(); x[0]
def d7():
    x = [1]; x[0:1:1] = 5
def d8():
    x = [1, 2, 3]; x[::2] = 5
def d9():
    x = 'abc'; x[0] = 'z'
for f in (d1, d2, d3, d4, d5, d6, d7, d8, d9): t(f)
t(lambda: len(iter([])))
t(lambda: iter([])[0])
t(lambda: reversed([]) + 1)
t(lambda: [] + ())
t(lambda: () + [])
t(lambda: {} + {})
t(lambda: set() + set())
t(lambda: range(1) + range(2))
t(lambda: [1] < (1,))
t(lambda: (1,) < [1])
t(lambda: {1: 2} < {})
t(lambda: [] < {})
t(lambda: -[1])
t(lambda: ~(1,))
t(lambda: abs([]))
t(lambda: [1] - [1])
t(lambda: {1} * 2)
t(lambda: range(3) * 2)
t(lambda: [1] @ [1])
t(lambda: 'a' in [1, 'a'])
t(lambda: [] in [[]])
t(lambda: 1 in 5)
t(lambda: 1 in None)
t(lambda: list.append([], 1, 2))
t(lambda: list.append((), 1))
t(lambda: dict.get([], 1))
t(lambda: set.add(frozenset(), 1))
t(lambda: tuple.index([1], 1))
def d10():
    x = [1, 2]; x[::0] = 5
def d11():
    x = [1, 2]; x['a':] = 5
def d12():
    x = [1, 2]; x[1:2:-1] = 5
for f in (d10, d11, d12): t(f)
