# A pattern binds each name once, and the alternatives of an or-pattern
# bind the same names (in any order).
cases = [
    'case (a, a): pass',
    'case [a] | [b]: pass',
    'case {"k": a, **a}: pass',
    'case [a, *a]: pass',
    'case ([a] | [a]) as a: pass',
    'case C(x=a, y=a): pass',
    'case C(a, y=a): pass',
    'case [a] | [_]: pass',
    'case [a] | [a, b]: pass',
    'case [a, b] | [a, c]: pass',
    'case [a, b] | [b, a]: print("swapped", a, b)',
    'case [a, b] | ([b, a] | [a, b]): print("nested", a, b)',
    'case [*_, a] | [a]: print("star", a)',
]
for case in cases:
    src = 'match [1, 2]:\n    ' + case
    try:
        exec(compile(src, '<case>', 'exec'), {'C': object})
    except SyntaxError as e:
        print(case, '->', e.msg)
