# pos/endpos and spans on non-ASCII strs, searching forwards and backwards
# on one subject (the matcher remembers where it last started).
import re

s = 'αβγ δεζ ηθι ' * 3
p = re.compile(r'\w+')
print([p.search(s, pos).span() for pos in [0, 5, 2, 30, 1, 13, 0]])
print([p.match(s, pos) is not None for pos in range(0, 12)])
print(p.search(s, 4, 6), p.search(s, 4, 5), p.fullmatch(s, 4, 7))
print(p.findall(s, 10, 20), [m.span() for m in p.finditer(s, 30)])
print(re.sub(r'(\w)(\w)', r'\2\1', s[:12]), re.split(r'\s', s, 2))
other = 'ωψ ' + s
print(p.search(other, 3).span(), p.search(s, 3).span(), p.search(other, 0).span())
print(re.compile(r'(?<=β)γ').search(s, 2).span(), re.compile('^α').search(s, 1))
print(len(re.findall('.', 'é' * 3000)), re.search('x', 'é' * 3000 + 'x').span())
