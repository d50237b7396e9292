# Every arithmetic and bitwise operator, reflected and in-place forms.
OPS = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
       'and', 'or', 'xor', 'matmul']
SYMS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']


class Rec:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


def make(op):
    def fwd(self, other):
        return f'{self!r}.__{op}__({other!r})'

    def ref(self, other):
        return f'{self!r}.__r{op}__({other!r})'

    def inp(self, other):
        return f'{self!r}.__i{op}__({other!r})'

    return fwd, ref, inp


for op in OPS:
    f, r, i = make(op)
    setattr(Rec, f'__{op}__', f)
    setattr(Rec, f'__r{op}__', r)
    setattr(Rec, f'__i{op}__', i)

a = Rec('a')
for sym in SYMS:
    print(eval(f'a {sym} 1'), '|', eval(f'1 {sym} a'))
    x = a
    exec(f'x {sym}= 2')
    print(x)


# Without __iop__ the plain method serves x op= y, and a new object results.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        o = other.v if isinstance(other, Num) else other
        return Num(self.v + o)

    __radd__ = __add__

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(+self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __invert__(self):
        return Num(~self.v)

    def __repr__(self):
        return f'Num({self.v})'


n = Num(1)
m = n
n += 5
print(n, m, n is m, 3 + Num(1), sum([Num(1), Num(2)]), -Num(2), +Num(3), abs(Num(-4)), ~Num(0))


# NotImplemented everywhere gives CPython's TypeError.
class Nope:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented


for expr in ['Nope() + 1', '1 + Nope()', 'Nope() + Nope()', 'Num(1) - 1', '-Nope()',
             'Nope() @ 1', 'Nope() ** 2', '2 ** Nope()', 'abs(Nope())', '~Nope()']:
    try:
        eval(expr)
    except TypeError as e:
        print('TypeError:', e)
x = Nope()
try:
    x += 1
except TypeError as e:
    print('TypeError:', e)
try:
    x //= 1
except TypeError as e:
    print('TypeError:', e)


# A subclass's reflected method is tried first.
class Base:
    def __add__(self, other):
        return 'Base.__add__'

    def __radd__(self, other):
        return 'Base.__radd__'


class Sub(Base):
    def __radd__(self, other):
        return 'Sub.__radd__'


print(Base() + Sub(), Sub() + Base(), 1 + Sub())


# In-place returning NotImplemented falls back to the plain operator.
class Fallback:
    def __iadd__(self, other):
        return NotImplemented

    def __add__(self, other):
        return 'plain add'


y = Fallback()
y += 1
print(y)


# pow with three arguments, and int/float/index conversions.
class Modular:
    def __pow__(self, exp, mod=None):
        return ('pow', exp, mod)

    def __rpow__(self, base):
        return ('rpow', base)

    def __divmod__(self, other):
        return ('divmod', other)

    def __rdivmod__(self, other):
        return ('rdivmod', other)

    def __index__(self):
        return 3

    def __float__(self):
        return 2.5

    def __int__(self):
        return 7


mo = Modular()
print(pow(mo, 2), pow(mo, 2, 5), 2 ** mo)
print([0, 1, 2, 3, 4][mo], float(mo), int(mo), bin(mo), hex(mo), range(mo), 'ab' * mo)
