import fnmatch

pats = ['*.py', 'a*b*c', '*a*', '[a-c-e]', '[&&]', '[!b-d]?', '[z-a]x', '[]',
        '[!]', 'x[', '**', '?', '[\\]', 'a-b[--/]', '[^x]', '[[]']
for p in pats:
    print(repr(p), fnmatch.translate(p))

names = ['a.py', 'b.txt', 'axxbyyc', 'README', 'ab', '-', 'x[', '^', '[', 'setup.py']
for p in pats:
    print(p, [n for n in names if fnmatch.fnmatch(n, p)], fnmatch.filter(names, p))
print(fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.fnmatch('A.PY', '*.PY'))
print(fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('ab\n', 'ab'))
print(fnmatch.fnmatchcase(b'data.bin', b'*.bin'))
