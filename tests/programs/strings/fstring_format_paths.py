# f-strings, format() and str.format() run the __format__ of exact ints,
# floats and strs directly; subclasses and other types must still get
# their own __format__, and errors must read as in CPython.
class I(int):
    def __format__(self, spec):
        return 'I<' + spec + '>'


class F(float):
    def __format__(self, spec):
        return 'F<' + spec + '>'


class S(str):
    def __format__(self, spec):
        return 'S<' + spec + '>'


class Plain:
    pass


class Bad:
    def __format__(self, spec):
        return 42


for v in [7, -12, 2**70, 3.25, -0.0, float('inf'), 'text', True, I(5), F(1.5), S('s')]:
    print(f'{v}|{v!r}|{v:>12}|', format(v), format(v, '^9'), '{0:<8}|{0!s:>10}'.format(v))
print(f'{255:x} {255:#X} {255:08b} {1234567:,} {1234567:_d} {-5:+d} {5: d} {65:c}')
print(f'{3.14159:.3f} {2.5:.0f} {1e20:g} {0.000123:e} {0.5:%} {1234.5:,.1f} {-1.5:010.2f}')
print(f'{"abc":*^9} {"abc":.2} {"é":>3}| {7:5d}|{7:<5d}|{-7:=6d}|{7.0:5}|')
print(format(10, ''), format(1.0, ''), format('x', ''), format(I(3), ''), format(True, 'd'))
print(f'{Plain()!s:.0}|', format(Plain(), '').startswith('<__main__.Plain'))
for spec_test in [lambda: f'{5:s}', lambda: f'{"a":d}', lambda: f'{1.5:d}', lambda: f'{Plain():>5}',
                  lambda: f'{Bad()}', lambda: format(3, '.2.3'), lambda: f'{2:,c}',
                  lambda: f'{"a":=5}']:
    try:
        print(spec_test())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
n = 0
for i in range(2000):
    s = f'{i:5d}|{i / 7:.3f}|{i:x}|{"ab":>4}|{i}'
    n += len(s)
print(n, s)
