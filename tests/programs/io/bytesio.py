# io.BytesIO: an in-memory binary stream.
import io

b = io.BytesIO(b'ab\ncd\nef')
print(b.read(2), b.readline(), b.tell(), b.read(), b.read())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(), b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(1, 0), b.seek(1, 1))
b.seek(12)
print(b.write(b'!'), b.getvalue())
b.seek(0)
print(b.write(bytearray(b'XY')), b.getvalue()[:4])
print(b.truncate(3), b.getvalue(), b.tell())
buf = bytearray(2)
b.seek(0)
print(b.readinto(buf), buf)
with io.BytesIO() as b2:
    b2.writelines([b'1', b'2'])
    print(b2.getvalue(), b2.readable(), b2.writable())
print(b2.closed)

def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: b2.read())
attempt(lambda: b2.getvalue())
b = io.BytesIO()
attempt(lambda: b.write('text'))
attempt(lambda: b.seek(-1))
attempt(lambda: b.seek(0, 3))
print(type(b).__name__, type(b), io.BytesIO().getvalue(), io.BytesIO(None).read())
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.TextIOBase))
