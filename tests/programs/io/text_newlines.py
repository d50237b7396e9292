# Universal newlines on read (newline=None), '' keeps the endings, and a
# given newline splits lines only there and translates \n on write.
import os

d = 'io_text_newlines_dir'
os.mkdir(d)
p = os.path.join(d, 'n.txt')
with open(p, 'wb') as f:
    f.write(b'unix\nwindows\r\nmac\rlast')

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
with open(p) as f:
    print(repr(f.read(9)), repr(f.readline()))
    print([len(line) for line in f])

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\r')
    with open(p, 'rb') as f:
        print(repr(nl), f.read())

# Lone \r in the middle of a buffer, doubled, and at the very end (tell()
# is not printed: CPython's cookies carry its decoder's state here).
with open(p, 'wb') as f:
    f.write(b'a\rb\r\r\nc\r\rd\n\re\r')
for nl in [None, '']:
    with open(p, newline=nl) as f:
        lines = []
        while True:
            line = f.readline()
            if not line:
                break
            lines.append(line)
        print(repr(nl), lines)
with open(p) as f:
    print(repr(f.readline()), repr(f.read(3)), repr(f.readline()), repr(f.read()))

try:
    open(p, newline='x')
except ValueError as e:
    print(e)
try:
    open(p, newline=5)
except TypeError as e:
    print(e)
os.remove(p)
os.rmdir(d)
