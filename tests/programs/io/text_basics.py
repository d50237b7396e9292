# Text files: write/read round trips, lines, iteration, tell/seek, append,
# print(file=...), writelines, the context manager and the attributes.
import os

d = 'io_text_basics_dir'
os.mkdir(d)
p = os.path.join(d, 'x.txt')

f = open(p, 'w')
print(type(f).__name__, f.mode, f.encoding, f.closed, f.name == p)
print(f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.write('first line\n'), f.write('second\n'), f.write(''))
f.writelines(['third\n', 'fourth'])
print(f.tell())
f.close()
print(f.closed)
f.close()  # closing twice is fine

with open(p) as f:
    print(repr(f.readline()))
    print(repr(f.read(3)), f.tell())
    print(repr(f.readline(2)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    f.seek(0)
    print([line for line in f])
    print(f.seek(0, 2), repr(f.read()))
print(f.closed)

with open(p, 'a') as f:
    print(f.tell())
    print('appended', 42, file=f)
    print('x', 'y', sep='-', end='!\n', file=f)
with open(p) as f:
    print(f.read().splitlines())

with open(p, 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))
    print(f.truncate(20), f.tell())
with open(p) as f:
    print(repr(f.read()))
with open(p, 'w') as f:
    pass
with open(p, 'rt') as f:
    print(repr(f.read()), f.mode)
with open(p, 'w+') as f:
    f.write('abc\ndef\n')
    f.seek(0)
    print(f.readlines(1), f.readlines())
print(os.path.getsize(p))
with open(p, mode='w', encoding='utf-8') as f:
    print(f.write(str(list(range(5)))))
with open(file=p) as f:
    print(f.read())

import io
import sys
with open(p) as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(f, io.BufferedIOBase))
os.remove(p)
os.rmdir(d)
