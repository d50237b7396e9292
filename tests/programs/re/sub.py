# sub and subn: templates, callables, counts and CPython 3.7+ empty matches.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<a>\d)', r'<\g<a>>', 'a1b2'))
print(re.sub(r'(\d)', r'\g<1>0', 'a1b2'))
print(re.sub(r'(\d)(x)?', r'[\2]', 'a1b2x'))  # an unmatched group is empty
print(re.sub(r'a', r'\n\t\\', 'bab'))
print(re.sub(r'a', r'\&', 'bab'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.sub(r'x', '-', 'xxx', count=2), re.sub('x', '-', 'xxx', 1))
print(re.subn(r'o', '0', 'foo boo'), re.subn('z', '', 'abc'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.sub(r'(?m)^', '> ', 'one\ntwo'))
print(re.sub(r'a|(b)', r'[\1]', 'ab'))
p = re.compile(r'(\d+)')
print(p.sub(r'#\1#', 'x 10 y 200'), p.subn('N', 'x 10 y 200'))
print(re.sub(r'\s+', ' ', '  a \n\t b  ').strip())
print(re.sub(r'\\', '/', r'a\b\c'))
print(re.sub(r'(\w)', r'\g<0>\g<0>', 'ab'))
print(re.sub(r'(a)', r'\101', 'a'))  # three octal digits: a character
print(re.sub(r'a', r'\0', 'a') == '\0')
