# Group access on Match objects: numbers, names, defaults, spans, lastindex.
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'hello world')
print(m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2), m.groups(), m.groups('-'))
print(m[0], m[1], m[2], m[3])
print(m.span(1), m.span(3), m.start(2), m.end(2), m.start(3), m.end(3))
print(m.lastindex, m.lastgroup)
print(m.regs)

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?', 'Jane Doe')
print(m.group('first'), m['last'], m.groupdict(), m.groupdict(''))
print(m.lastindex, m.lastgroup, m.start('last'), m.span('first'))
print(sorted(m.re.groupindex.items()), m.re.groups)

# lastindex is the group that closed last.
print(re.match(r'(a)b', 'ab').lastindex)
print(re.match(r'((a)b)', 'ab').lastindex)
print(re.match(r'(a)(b)', 'ab').lastindex)
print(re.match(r'(a)|(b)', 'b').lastindex)
print(re.match(r'a', 'a').lastindex, re.match(r'a', 'a').lastgroup)
print(re.match(r'(?P<x>a)(?P<y>b)?', 'a').lastgroup)

for bad in [4, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start(9)
except IndexError as e:
    print('IndexError', e)
