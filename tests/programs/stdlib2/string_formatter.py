import string

f = string.Formatter()
cases = ['plain', 'a{}b', '{0}{1}', '{x!r:>5}', 'a{{b', 'x}}y', '{{}}', '{0.real}',
         '{a[k]}', '{a[0][1]}', '{:{w}.{p}f}', '{!s}', 'end{', '{0[}', '{a[}]}',
         '}', 'x{0!}', '{0!rx}', '{0:{1:{2}}}', '', '{:}', '{0:}', '{ }',
         '{0!', '{0!}', '{0!}}', '{0!r', '{0:', '{0', '{', '{0!r}}', '{0[', '{0!:}',
         '{0!ab}', '{a{b}', '{0:{}', '{!}']
for c in cases:
    try:
        print(repr(c), list(f.parse(c)))
    except ValueError as e:
        print(repr(c), 'ValueError', e)

print(f.format('{} + {} = {}', 1, 2, 3))
print(f.format('{name!r:>10}|{0:^7}|{n:08.3f}', 'mid', name='bob', n=3.14159))
print(f.format('{:{w}.{p}f}', 2.71828, w=10, p=2))
print(f.format('{a[k]} {a[list][1]} {b.imag}', a={'k': 'v', 'list': [5, 6]}, b=3j))
print(f.format('{0!a} {0!s}', 'é'))
print(f.vformat('{x}-{y}', (), {'x': 1, 'y': 2}))
for fmt, args in [('{} {0}', (1,)), ('{0} {}', (1,)), ('{0!z}', (1,)), ('{.}', (1,)), ('{0.}', (1,)), ('{0[]}', ([1],)), ('{0[0]x}', ([1],)),
                  ('{0[x}', (1,)), ('{0]x}', (1,)), ('{:{:{:{}}}}', (1, 2, 3, 4)), ('{5}', ())]:
    try:
        print(f.format(fmt, *args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    f.format('{missing}')
except KeyError as e:
    print('KeyError', e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used, args, kwargs):
        print('used:', sorted(map(str, used)), 'unused kwargs:', sorted(set(kwargs) - used))


print(Upper().format('{0} {who} {what:>6}', 'hi', who='you', extra=1))
