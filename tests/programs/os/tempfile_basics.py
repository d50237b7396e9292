# tempfile: mkdtemp, mkstemp, NamedTemporaryFile, TemporaryFile and
# TemporaryDirectory create fresh names and remove what they made.
import os
import tempfile

base = tempfile.mkdtemp(prefix='ouro_tempfile_', suffix='.d')
name = os.path.basename(base)
print(os.path.isdir(base), os.path.isabs(base), name.startswith('ouro_tempfile_'),
      name.endswith('.d'), os.stat(base).st_mode & 0o777 == 0o700)

fd, path = tempfile.mkstemp(dir=base, suffix='.txt', text=True)
print(os.path.dirname(path) == base, path.endswith('.txt'), os.stat(path).st_mode & 0o777 == 0o600)
print(os.write(fd, b'data'), os.close(fd), open(path).read())
os.remove(path)

with tempfile.NamedTemporaryFile('w+', dir=base, prefix='n_') as f:
    print(os.path.basename(f.name).startswith('n_'), os.path.exists(f.name))
    print(f.write('hello\n'))
    f.seek(0)
    print(repr(f.read()), f.mode)
    kept = f.name
print(os.path.exists(kept))
f = tempfile.NamedTemporaryFile(dir=base, delete=False)
f.write(b'kept')
f.close()
print(open(f.name, 'rb').read(), os.path.exists(f.name))
os.remove(f.name)

with tempfile.TemporaryFile(dir=base) as t:
    t.write(b'anonymous')
    t.seek(0)
    print(t.read(), os.listdir(base))

with tempfile.TemporaryDirectory(dir=base) as d:
    os.makedirs(os.path.join(d, 'x', 'y'))
    with open(os.path.join(d, 'x', 'f'), 'w') as g:
        g.write('x')
    print(os.path.isdir(d), sorted(os.listdir(d)))
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(dir=base)
print(os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name), os.listdir(base))
print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
os.rmdir(base)
