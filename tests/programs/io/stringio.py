# io.StringIO: an in-memory text stream.
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('world\n'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(2)
print(s.write('XY'), repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write('!')
print(repr(s.getvalue()))
s = io.StringIO('a\nb\nc')
print(s.tell(), list(s))
s.seek(0)
print(s.readlines(), s.readlines())
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.seek(6)
s.write('z')
print(repr(s.getvalue()))
print(io.StringIO('x\r\ny\rz').read(), io.StringIO('x\r\ny', newline=None).read() == 'x\ny')
with io.StringIO() as s2:
    print('via print', 1, 2, file=s2)
    s2.writelines(['p', 'q'])
    print(repr(s2.getvalue()), s2.readable(), s2.writable(), s2.seekable())
print(s2.closed)

def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: s2.read())
attempt(lambda: s2.getvalue())
attempt(lambda: s2.write('x'))
attempt(lambda: iter(s2))
s = io.StringIO()
attempt(lambda: s.write(5))
attempt(lambda: s.seek(-1))
attempt(lambda: s.seek(1, 1))
attempt(lambda: s.seek(0, 4))
attempt(lambda: io.StringIO(b'x'))
attempt(lambda: s.fileno())
attempt(lambda: io.StringIO('', 'x'))
print(type(s).__name__, type(s), isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
