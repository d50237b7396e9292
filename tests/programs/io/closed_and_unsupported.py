# Operations on closed files raise ValueError, those a mode forbids
# io.UnsupportedOperation (an OSError and a ValueError), as in CPython.
import io
import os

d = 'io_closed_dir'
os.mkdir(d)
p = os.path.join(d, 'c.txt')
with open(p, 'w') as f:
    f.write('line\n')

def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except (ValueError, OSError, TypeError) as e:
        print(label, type(e).__name__, e)

f = open(p)
attempt('write', lambda: f.write('x'))
attempt('writelines', lambda: f.writelines(['x']))
attempt('truncate', lambda: f.truncate())
attempt('seek cur', lambda: f.seek(1, 1))
attempt('seek end', lambda: f.seek(-1, 2))
attempt('seek neg', lambda: f.seek(-1))
attempt('seek whence', lambda: f.seek(0, 3))
attempt('write bytes', lambda: open(p, 'a').write(b'x'))
f.close()
for name in ['read', 'readline', 'readlines', 'tell', 'flush', '__enter__', '__next__', 'fileno',
             'isatty', 'seekable']:
    attempt(name, getattr(f, name))
attempt('seek', lambda: f.seek(0))
attempt('write', lambda: f.write('x'))
attempt('iter', lambda: iter(f))

w = open(p, 'w')
attempt('read', w.read)
attempt('readline', w.readline)
attempt('next', lambda: next(w))
w.close()

b = open(p, 'rb')
attempt('bin write', lambda: b.write(b'x'))
attempt('bin write str', lambda: open(p, 'ab').write('x'))
b.close()
for name in ['read', 'readline', 'tell', 'flush', 'fileno']:
    attempt('closed bin ' + name, getattr(b, name))
attempt('closed bin write', lambda: b.write(b''))
attempt('closed bin seek', lambda: b.seek(0))
wb = open(p, 'wb')
attempt('bin read', wb.read)
wb.close()
r = open(p, 'rb', buffering=0)
attempt('raw write', lambda: r.write(b'x'))
r.close()
attempt('raw read closed', r.read)

try:
    open(p).write('x')
except io.UnsupportedOperation as e:
    print(type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError))
print(io.UnsupportedOperation.__module__, io.UnsupportedOperation.__mro__[1:3])
os.remove(p)
os.rmdir(d)
