# split with groups, maxsplit and empty matches (CPython 3.7+ rules).
import re

print(re.split(r',\s*', 'a, b,c,   d'))
print(re.split(r'(,)', 'a,b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r',', 'a,b,c,d', maxsplit=2))
print(re.split(r',', 'a,b,c', 1))
print(re.split(r'x*', 'axbc'))
print(re.split(r'\b', 'ab cd'))
print(re.split(r'', 'abc'))
print(re.split(r'\d', ''))
print(re.split(r'[;,]', ',a;;b,'))
print(re.compile(r'\s+').split(' lead and trail '))
print(re.split('(?m)^$', 'a\n\nb'))
