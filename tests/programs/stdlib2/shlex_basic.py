import shlex

cases = [
    'ls -l "my file" foo',
    "a '' b",
    'a"b c"d e',
    r'one\ two three',
    r'"a \"quoted\" word" \\x "\x"',
    "'it''s'  \"x\"",
    '  leading   and trailing  ',
    '',
    'cmd # comment here\nnext',
    "x'a#b'#c",
    'tab\tsep\nnl',
    'a#b',
]
for c in cases:
    print(repr(c), shlex.split(c))
print(shlex.split('cmd # comment here\nnext line', comments=True))
print(shlex.split('a#b #c', comments=True))
for bad in ['"unterminated', "'open", 'end\\', '"esc\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
for w in ['', 'plain', 'has space', "it's", 'a$b', 'x=1,y:2/z.@%+-', 'é', '*.py']:
    print(repr(w), shlex.quote(w))
cmd = ['echo', 'hello world', "it's", '', '$HOME']
j = shlex.join(cmd)
print(j)
print(shlex.split(j) == cmd)

for c in ['a "b c" d', "x'y z'w", 'a # c', 'say "hi \\"x\\""', "it's"]:
    try:
        print(repr(c), shlex.split(c, posix=False))
    except ValueError as e:
        print(repr(c), 'ValueError:', e)
lex = shlex.shlex('a=b; c && d|e # tail\nnext', posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('foo.bar(1, "two") + x_y')
print(list(lex), lex.lineno)
lex = shlex.shlex("one 'two three'\nfour", posix=True)
print(lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno)
lex = shlex.shlex('ab\\ cd ef', posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('x y', posix=False)
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.eof == '')
print(shlex.shlex('q', posix=True).wordchars[-5:], shlex.shlex('').punctuation_chars == '')
print(shlex.shlex('').error_leader('f.txt', 3))
