# findall returns strings, or tuples of groups; finditer yields Match objects.
import re

print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)(\d)?', 'a1b2c'))
print(re.findall(r'k(\d)', 'k1 k2 k'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'', 'abc'))
print(re.findall(r'\b\w', 'the quick brown'))
for m in re.finditer(r'(?P<w>[a-z]+)(\d*)', 'ab12 cd ef3'):
    print(m.span(), m.group('w'), repr(m.group(2)))
print([m.span() for m in re.finditer(r'x*', 'axxb')])
it = re.finditer(r'\d', 'a1b2')
print(next(it).group(), next(it).group())
p = re.compile(r'\w')
print(p.findall('abcdef', 2, 4), [m.group() for m in p.finditer('abcdef', 4)])
