# UnicodeDecodeError / UnicodeEncodeError carry encoding, object, start,
# end and reason, and str() is computed from them as in CPython.
try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
    print(repr(e.args))
try:
    'a\u20acb\u20ac\u20ac'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
try:
    'xy\u00e9\u00e9z'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.start, e.end, str(e))
try:
    b'abc\xc3'.decode()
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, str(e))
try:
    b'\xe2\x28\xa1'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, str(e))
for args in [('ascii', b'ab\x80\x81', 2, 4, 'bad'), ('ascii', b'ab\x80\x81', 2, 3, 'bad'),
             ('ascii', bytearray(b'\x90'), 0, 1, 'x'), ('ascii', b'abc', 5, 9, 'far'),
             ('ascii', b'abc', -3, 0, 'neg')]:
    e = UnicodeDecodeError(*args)
    print(str(e), type(e.object).__name__, e.start, e.end)
for args in [('latin-1', 'a\U0001f600', 1, 2, 'nope'), ('latin-1', 'ab\xe9', 2, 3, 'nope'),
             ('latin-1', 'ab\u1234', 2, 3, 'nope'), ('latin-1', 'abcd', 1, 3, 'nope')]:
    print(str(UnicodeEncodeError(*args)))
e = UnicodeDecodeError('ascii', b'ab\x80\x81', 2, 4, 'bad')
e.reason = 'changed'
e.start = 3
print(e.reason, e.start, str(e))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
for bad in [(), ('ascii',), (1, b'', 0, 0, 'r'), ('ascii', 'str', 0, 0, 'r'),
            ('ascii', b'', 'x', 0, 'r'), ('ascii', b'', 0, 0, 5)]:
    try:
        UnicodeDecodeError(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    UnicodeEncodeError('ascii', b'bytes', 0, 1, 'r')
except TypeError as e:
    print("TypeError", e)
try:
    raise UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
except ValueError as e:
    print(type(e).__name__, e)
b'\xff\xfe'.decode('ascii')
