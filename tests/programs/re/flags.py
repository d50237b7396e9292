# The flags: values, reprs, effects, inline forms and Pattern reprs.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L)
print(repr(re.I | re.M), re.I | re.S | re.X)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U))
print(re.IGNORECASE == re.I, re.DOTALL is re.S, re.I | 0 == 2)
print(re.compile('a+', re.I))
print(re.compile('a+'))
print(re.compile('a', re.I | re.M), re.compile(b'x', re.I))
print(re.compile('a', re.A))
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile(b'a').flags)
print(re.compile('(?i)a').flags, re.compile('(?s)(?m)a').flags, re.compile('(?a)a').flags)
print(re.findall('a', 'aAa', re.I), re.findall('(?i)A', 'aAa'))
print(re.findall('^b', 'b\nb\nb'), re.findall('^b', 'b\nb\nb', re.M), re.findall('(?m)b$', 'b\nb'))
print(re.search('a.b', 'a\nb'), re.search('a.b', 'a\nb', re.S).span(), re.search('(?s)a.b', 'a\nb').span())
print(re.search(r'''
    (\d+)   # a number
    \s*     # spaces
    ([a-z]+)  # a word
''', 'xx 42  abc', re.X).groups())
print(re.search(r'(?x) a b # comment [', 'ab').group())
print(re.search(r'(?i:a)b', 'Ab'), re.search(r'(?i:a)b', 'AB'))
print(re.search(r'(?-i:a)b', 'aB', re.I))
print(re.match(r'\w+', 'héllo', re.A), re.match(r'\w+', 'héllo'))
print(re.compile('a', re.I | re.DEBUG & 0))
print(re.search('$', 'ab\n').span(), re.search(r'\Z', 'ab\n').span())
for bad in [('a', re.L), ('a', re.A | re.U), (b'a', re.U)]:
    try:
        re.compile(*bad)
    except ValueError as e:
        print('ValueError', e)
