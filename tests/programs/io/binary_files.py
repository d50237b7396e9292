# Binary files: the classes per mode, exact byte positions, seek with
# whence, readinto, truncate, and unbuffered FileIO.
import io
import os

d = 'io_binary_files_dir'
os.mkdir(d)
p = os.path.join(d, 'b.bin')

with open(p, 'wb') as f:
    print(type(f).__name__, f.mode, f.name == p, repr(f) == "<_io.BufferedWriter name=%r>" % p)
    print(f.write(b'0123456789\n'), f.write(bytearray(b'abc\n')), f.tell())
    f.writelines([b'x', b'y\n'])
with open(p, 'rb') as f:
    print(type(f).__name__, f.mode, repr(f) == "<_io.BufferedReader name=%r>" % p)
    print(f.read(3), f.tell(), f.read(0))
    print(f.readline(), f.readline(2), f.readline())
    print(f.seek(-3, 2), f.read(), f.read(), f.read(5))
    print(f.seek(2), f.seek(3, 1), f.read(2), f.seek(0, 0))
    print(list(f))
    f.seek(0)
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    print(f.readlines())
with open(p, 'ab') as f:
    print(type(f).__name__, f.mode, f.tell())
    f.write(b'end')
with open(p, 'r+b') as f:
    print(type(f).__name__, f.mode)
    f.seek(1)
    f.write(b'AB')
    f.seek(0)
    print(f.read(5))
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open(p, 'w+b') as f:
    print(type(f).__name__, f.mode, f.read())
    f.write(b'fresh')
    f.seek(0)
    print(f.read())
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode)
    print(repr(f) == "<_io.FileIO name=%r mode='rb' closefd=True>" % p)
    print(f.read(2), f.read())
print(repr(f))
with open(p, 'wb', buffering=0) as f:
    print(f.write(b'raw'), f.mode)
print(open(p, 'rb').read())
with open(p, 'rb') as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase))
with open(p, 'rb', buffering=0) as f:
    print(isinstance(f, io.RawIOBase), isinstance(f, io.BufferedIOBase), io.FileIO.__name__)
os.remove(p)
os.rmdir(d)
