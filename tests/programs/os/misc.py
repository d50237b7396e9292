# os constants and process facts, os.fspath and os.PathLike objects.
import os
import sys

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep)
print(os.devnull, os.altsep, os.path is sys.modules['os.path'])
print(os.getpid() > 0, os.getpid() == os.getpid(), os.getppid() > 0)
print(isinstance(os.cpu_count(), int), os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), r != os.urandom(16))
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
print(os.strerror(2), '|', os.strerror(13))

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

print(os.fspath('x'), os.fspath(b'y'), os.fspath(P('z')), os.fspath(P(b'w')))
for bad in [3, None, P(4)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
print(os.path.join(P('a'), 'b'), os.path.basename(P('dir/f.py')), os.path.exists(P('.')))
print(os.fsencode('abc'), os.fsdecode(b'abc'))
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike))
d = 'os_misc_dir'
os.mkdir(P(d))
with open(P(os.path.join(d, 'f')), 'w') as f:
    f.write('via PathLike')
with open(os.path.join(d, 'f')) as f:
    print(f.read(), f.name)
os.remove(P(os.path.join(d, 'f')))
os.rmdir(P(d))
fd = os.open(os.path.join('.', 'os_misc_raw'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b'raw bytes'))
os.close(fd)
fd = os.open('os_misc_raw', os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 5))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
os.remove('os_misc_raw')
