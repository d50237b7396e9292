# A case whose pattern fails binds none of its captures, even those whose
# sub-pattern had matched; captures are bound before the guard runs.
def show(*names):
    g = globals()
    print([n for n in names if n in g])


match (1, 2):
    case (a, 3):
        pass
    case [b, c] if False:
        pass
    case _:
        pass
show('a', 'b', 'c')     # the guard failed after binding b and c

match {'k': 1, 'j': 2}:
    case {'k': k1, 'j': 3}:
        pass
    case {'k': k2, **rest} if k2 == 1:
        print('rest', rest, k2)
show('k1', 'k2', 'rest')

class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

match P(1, 2):
    case P(x=px, y=0):
        pass
    case P(qx, qy) | P(qy, qx) if qx > 5:
        print('no')
    case P(y=ry, x=rx) | P(ry, rx):
        print('or', rx, ry)
show('px', 'qx', 'qy', 'rx', 'ry')

match [1, 2, 3, 4]:
    case [first, *middle, 9]:
        pass
    case [first2, *middle2, last2]:
        print(first2, middle2, last2)
show('first', 'middle', 'first2', 'middle2', 'last2')

match 5:
    case (6 as six) | (7 as six):
        pass
    case 5 as five:
        print('five', five)
show('six', 'five')

def inner(v):
    match v:
        case [x, y, 0]:
            return x, y
        case [x, y, *_]:
            return 'second', x, y
        case z:
            return 'z', z
    return None

print(inner([1, 2, 0]), inner([3, 4, 5]), inner(7))

def fail_local(v):
    match v:
        case (n, 0):
            pass
        case _:
            pass
    try:
        return n
    except UnboundLocalError as e:
        return str(e)

print(fail_local((1, 2)), fail_local((1, 0)))

class Ns:
    match [1, [2, 3]]:
        case [a1, [b1, 9]]:
            pass
        case [a2, [b2, c2]] | [a2, b2, c2]:
            pass
print(sorted(k for k in vars(Ns) if not k.startswith('__')))

for subject in [(1, (2, 3)), (1, (2, 4)), 'str']:
    match subject:
        case (1, (2, 3) as inner_t) as outer_t:
            print('both', inner_t, outer_t)
        case (1, (two, four)) if four == 4:
            print('guard ok', two, four)
        case other:
            print('other', other)

match P(3, 4):
    case P(x=0, y=never):
        pass
    case [seq_a, seq_b]:
        pass
    case {'k': map_v}:
        pass
    case P(x=xx, y=yy) if xx > 100:
        pass
    case _:
        pass
show('never', 'seq_a', 'seq_b', 'map_v', 'xx', 'yy')

for subject in [[1, 2], (3, [4, 5]), {'a': 1, 'b': [2]}]:
    match subject:
        case [p1, [p2, 9]] | [p1, p2, 9]:
            print('no', p1, p2)
        case {'a': m1, 'b': [m2]}:
            print('map', m1, m2)
        case [s1, [s2, s3]]:
            print('nested', s1, s2, s3)
        case [s1, s2]:
            print('pair', s1, s2)
show('p1', 'p2')
