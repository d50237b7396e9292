# Pattern objects: attributes, pos/endpos, equality, the cache and escape.
import re

p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)')
print(p.pattern, p.flags, p.groups, dict(p.groupindex))
print(p.match('a=1 b=2'), p.match('a=1 b=2', 4))
print(p.search('a=1 b=2', 1), p.search('a=1 b=2', 0, 2))
print(p.fullmatch('b=22'), p.fullmatch('b=22', 0, 3))
m = p.search('xx k=9', 2, 5)
print(m, m.pos, m.endpos, m.group('val'))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile('a').match('a', -5), re.compile('a').search('a', 0, 100))
print(re.compile('x', re.I) == re.compile('x', re.I), re.compile('x') == re.compile('y'))
print(re.compile('x') == re.compile('x', re.I), hash(re.compile('z')) == hash(re.compile('z')))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile('abc') is re.compile('abc'))  # the cache
re.purge()
print(re.compile('abc').pattern)
print(re.escape('a+b*c?(d)[e]{f}|g^h$i.j\\k l-m#n&o~p'), re.escape('plain_09'))
print(re.match(re.escape('1+1=2'), '1+1=2').group())
print(type(p).__name__, type(m).__name__, isinstance(p, re.Pattern), isinstance(m, re.Match))
print(repr(re.compile('a' * 300))[:30], len(repr(re.compile('b' * 300))))
print(re.search('x', 'y' * 100 + 'x'))
print(re.search('y+', 'y' * 100))
