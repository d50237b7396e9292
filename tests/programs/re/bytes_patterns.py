# bytes patterns work on bytes subjects and give byte offsets.
import re

print(re.match(rb'\d+', b'123abc'))
print(re.findall(rb'[a-z]+', b'ab 12 cd'))
print(re.sub(rb'(\w)', rb'<\1>', b'ab'))
print(re.split(rb',', b'a,b,c'))
print(re.search(rb'\xff', b'a\xffb').span())
print(re.match(rb'\w+', b'caf\xc3\xa9').group())
print(re.search(b'A', b'xa', re.I).span())
print(re.compile(b'x(?P<n>y)').match(b'xy').groupdict())
print(re.escape(b'a.b'), re.match(b'a', bytearray(b'abc')))
print(re.sub(b'a', lambda m: b'[' + m.group() + b']', b'banana'))
try:
    re.match(r'a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match(rb'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError')
