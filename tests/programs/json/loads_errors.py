# Decoding errors: JSONDecodeError with CPython's messages and positions.
import json

docs = ['', '   ', 'nul', 'tru', '[1,]', '{"a":1,}', '[1 2]', '{"a" 1}', '{1: 2}',
        '{"a": }', '"abc', '"a\x01b"', '"\\x"', '"\\u12"', '"\\u12zz"', '"\\u123',
        '01', '-', '1.', '1.e5', '[1]x', '[1] [2]', '{"a": 1} x', '[', '{', '{"a"',
        '[1,\n 2,\n ]', '\n\n  x', '"\\ud800\\uzzzz"', '-Inf', '.5', '+1', "'a'",
        '[1, 2', '"\\', '{"a": 1 "b": 2}']
for doc in docs:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e)
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc)

e = json.JSONDecodeError('Boom', 'ab\ncd', 4)
print(e, e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads('[')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__)
try:
    json.loads(42)
except TypeError as e:
    print('TypeError:', e)
try:
    json.loads('\ufeff[]')
except json.JSONDecodeError as e:
    print(e)
print(json.loads('"a\tb"', strict=False) == 'a\tb')
