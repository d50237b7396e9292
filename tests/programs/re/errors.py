# Bad patterns raise re.error (its message may differ from CPython's where
# PCRE2 reports the problem; the ones checked here are Ouro's own).
import re

for pat in ['(a', 'a)', '[a', '*a', 'a**', '(?P<1>x)', r'(a)\2', '(?P=n)', '(?<n>a)',
            r'\q', r'\x1', r'a\Z\h', '(?', 'a(?i)b', '(?z)', r'\u12', 'x{2,1}', '(*ACCEPT)']:
    try:
        re.compile(pat)
        print(pat, 'compiled')
    except re.error as e:
        print(repr(pat), 'error', isinstance(e, Exception), e.pattern == pat)

for pat in ['(a', 'ab)', '[ab', r'\q', '(?<n>a)', 'a(?i)b', r'x\x1', r'\u12z']:
    try:
        re.compile(pat)
    except re.error as e:
        print(e, '|', e.msg, e.pos, e.lineno, e.colno)

try:
    re.compile('a\n(b')
except re.error as e:
    print(e, e.lineno, e.colno)

for tmpl in [r'\3', r'\g<x>', r'\g<2', r'\q', r'\g<>', r'\g<a-b>', '\\']:
    try:
        print(re.sub(r'(a)(?P<n>b)', tmpl, 'ab'))
    except re.error as e:
        print(repr(tmpl), 'error:', e)
    except IndexError as e:
        print(repr(tmpl), 'IndexError:', e)
print(re.sub('(a)', r'\g<n>' if False else r'\g<1>!', 'a'))
try:
    re.compile(5)
except TypeError as e:
    print('TypeError', e)

# Messages Ouro words like CPython even where PCRE2 finds the problem.
for pat in ['*a', 'a**', '+', 'a|*']:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), e)
for pat in ['x{2,1}', '(?<=a+)b']:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), e.msg)
