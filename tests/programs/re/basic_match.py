# match anchors at the start, search scans, fullmatch needs the whole string.
import re

print(re.match(r'a+', 'aaab'))
print(re.match(r'b', 'aaab'))
print(re.search(r'b+', 'aaabbc'))
print(re.search(r'x', 'aaab'))
print(re.fullmatch(r'a+b', 'aaab'))
print(re.fullmatch(r'a+', 'aaab'))
print(re.fullmatch(r'a|ab', 'ab'))  # backtracks into the longer branch
m = re.search(r'\d+', 'abc 123 def')
print(bool(m), m.group(), m.start(), m.end(), m.span())
print(m.string, m.re.pattern, m.pos, m.endpos)
if re.match('x', 'y'):
    print('unexpected')
else:
    print('no match is None:', re.match('x', 'y') is None)
print(re.search('', 'abc'))
print(re.match(r'.*', 'line1\nline2'))
print(re.search(r'\s+', 'a \t\nb').span())
print(repr(re.search(r"'", "it's").group()))
print(re.search(r'a{2,3}', 'a aa aaaa').group(), re.search(r'a{2}?', 'aaa').group())
print(re.search(r'(ab)*c', 'xababc').group())
