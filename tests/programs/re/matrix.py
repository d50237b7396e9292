# A matrix of patterns and subjects: span, groups, lastindex, findall, sub,
# split and fullmatch must all agree with CPython's sre.
import re
pats = [r'a*', r'a*?', r'(a|b)*c', r'(?:x|y)+?z', r'^\s*#', r'(\d+)(?:\.(\d+))?', r'[A-Z][a-z]+',
        r'(?P<q>["\']).*?(?P=q)', r'\b\w{3}\b', r'(?<=-)\w+', r'(?<!\w)\d', r'x?', r'(a)|(b)|(c)',
        r'((a)(b)?)+', r'[^\n]*$', r'(?m)^\w', r'(?s).+', r'\W+', r'[\w.-]+@[\w-]+\.\w+', r'(ab|a)(bc|c)?',
        r'(?i)hello', r'\$\d+(\.\d\d)?', r'(\w)(?=\1)', r'[-+]?\d*\.?\d+([eE][-+]?\d+)?', r'.', r'\.',
        r'(?x) \d+ (?: , \d+ )*', r'a{2,3}?', r'(a*)*b', r'(a*)+', r'(|a)+', r'\A|\Z', r'$', r'^']
subjects = ['', 'a', 'aaa', 'abc', 'xyxyz', '  # comment', 'v1.25 and 3', 'Hello World Foo',
            'say "hi" or \'yo\'', 'one two three four', 'a-b c-d', 'x1 2y 3', 'cab', 'abab',
            'line1\nline2\n', 'HELLO hello', '$12.50 $3', 'aabbcc', '-1.5e10 +.5 7', 'a.b', 'me@ex.com x@y.org',
            '12, 34 ,56', 'aaab', 'b']
out = []
for p in pats:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        out.append((p, s, m and m.span(), m and m.groups(), m and m.lastindex, c.findall(s), c.sub('<\\g<0>>', s), c.split(s), c.fullmatch(s) is not None))
for o in out:
    print(o)
