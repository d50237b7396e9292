# Subclassing list, dict, int, str, tuple, float and Exception: overriding
# methods and calling the base's.
class Stack(list):
    def push(self, x):
        self.append(x)

    def append(self, x):
        super().append(x * 2)

    def __repr__(self):
        return 'Stack' + super().__repr__()


s = Stack([1])
s.push(2)
s.append(3)
s.extend([4])
print(s, len(s), s[0], s[-1], isinstance(s, list), type(s + s).__name__, s.pop())
s.name = 'mine'
print(s.name, sorted(s), Stack.__mro__[1].__name__)


class CountingDict(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.sets = 0

    def __setitem__(self, key, value):
        self.sets += 1
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return 'missing:' + key


d = CountingDict(A=1)
d['B'] = 2
d['C'] = 3
print(sorted(d.items()), d.sets, d['zzz'], d.get('zzz'), 'b' in d, len(d))
d.update(X=9)
print(sorted(d), d.sets)


class DefaultList(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]


dl = DefaultList()
dl['a'].append(1)
dl['a'].append(2)
print(dl)


class Meters(int):
    def __new__(cls, value, unit='m'):
        self = super().__new__(cls, value)
        self.unit = unit
        return self

    def __repr__(self):
        return f'{int(self)}{self.unit}'

    def __add__(self, other):
        return Meters(int(self) + int(other), self.unit)


m = Meters(5)
print(m, m + 3, 3 + m, m * 2, type(m * 2).__name__, m == 5, hash(m) == hash(5), isinstance(m, int))
print(int(m), float(m), str(Meters(7, 'cm')), f'{m:>4}', [0, 1, 2, 3, 4, 5, 6][m])


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

    def shout(self):
        return self + '!'

    def lower(self):
        return 'never lower: ' + super().lower()


u = Upper('hey')
print(u, u.shout(), u.lower(), type(u.shout()).__name__, u == 'HEY', u.startswith('H'), len(u))
print({u: 1}['HEY'], u in ['HEY'], repr(u), '-'.join([u, u]))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
print(p, p.first, len(p), p == (1, 2), type(p).__name__, p[::-1])


class Celsius(float):
    def __str__(self):
        return f'{float(self)}°C'


c = Celsius(21.5)
print(str(c), repr(c), c + 1, c > 20)


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f'[{code}] {msg}')
        self.code = code


class NotFound(AppError):
    def __str__(self):
        return 'not found: ' + super().__str__()


try:
    raise NotFound(404, 'page')
except AppError as e:
    print(e, e.code, e.args, type(e).__name__, isinstance(e, Exception))


class WithRepr(ValueError):
    pass


print(repr(WithRepr('x', 1)), str(WithRepr()), WithRepr('a').args)
try:
    raise WithRepr('boom')
except ValueError as e:
    print('caught', e)
