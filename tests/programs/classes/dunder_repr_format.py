# __repr__, __str__, __format__, __bool__, __len__, __hash__.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'V({self.x!r}, {self.y!r})'

    def __str__(self):
        return f'<{self.x}, {self.y}>'

    def __format__(self, spec):
        if spec == 'polar':
            return 'polar!'
        return format((self.x, self.y), spec)


v = V(1, 'a')
print(v, repr(v), str(v), [v], f'{v}', f'{v!r}', f'{v:polar}', format(v, ''))
print('%s and %r' % (v, v), '{} {!r} {:polar}'.format(v, v, v))


class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'


print(OnlyRepr(), str(OnlyRepr()), f'{OnlyRepr()}')
try:
    format(OnlyRepr(), 'x')
except TypeError as e:
    print('TypeError:', e)


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)), not Sized(0))
for bad in (-1, 'x', 2 ** 70):
    try:
        len(Sized(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)


class Truth:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        return self.t

    def __len__(self):
        return 5


print(bool(Truth(False)), bool(Truth(True)), 'yes' if Truth(True) else 'no')
try:
    bool(Truth(1))
except TypeError as e:
    print('TypeError:', e)


class Plain:
    pass


print(bool(Plain()))


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


d = {Key(1): 'one'}
print(d[Key(1)], Key(1) in d, hash(Key('a')) == hash('a'), len({Key(2), Key(2)}))


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError:', e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print('TypeError:', e)


class EqSub(Key):
    def __eq__(self, other):
        return False


print(EqSub.__hash__ is None)


class Unhash:
    __hash__ = None


try:
    hash(Unhash())
except TypeError as e:
    print('TypeError:', e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class BadHash:
    def __hash__(self):
        return 'x'


try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
