# str patterns match code points; positions are code-point indexes.
import re

s = 'naïve café — 日本語 text'
for m in re.finditer(r'\w+', s):
    print(m.span(), m.group())
print(re.search('日本', s).span(), s[13:15])
print(re.sub(r'[éï]', 'e', s))
print(re.findall(r'.', 'a€😀b'), re.search('😀', 'a€😀b').span())
print(re.match(r'\d+', '١٢٣'), re.match(r'\d+', '١٢٣', re.A))
print(re.findall(r'\s', 'a\u3000b c'), re.findall(r'\s', 'a\u3000b c', re.A))
print(re.search(r'straße', 'STRASSE', re.I), re.search('É', 'café', re.I).span())
print(re.search(r'\bcafé\b', 'un café noir').span())
print(re.split(r'—', s))
print(re.compile(r'\w').findall('αβγ', 1), re.compile('β').search('αβγ', 1, 2))
print(re.sub(r'(\w)', r'<\1>', 'éa'))
print(re.search(r'\u00e9', 'café').span(), re.search(r'\U0001F600', 'x😀').span())
print(re.search(r'[\u0041-\u0043]+', 'xxABCD').group(), re.search(r'\x41', 'A').group())
print(re.escape('日本.語'))
