# More pathlib: open() of a Path, joining absolute parts, parents of short paths,
# hashing across flavours, case-sensitive match and negative parent indexes.
from pathlib import Path, PurePath, PurePosixPath
import os, tempfile
d = Path(tempfile.mkdtemp(prefix="ouro-pathlib-more-"))
with open(d / 'f.txt', 'w') as f:
    f.write('x')
print(os.path.exists(d / 'f.txt'), (d / 'f.txt').read_text())
print(PurePath('a') / PurePath('/b'), PurePath('a').parent, PurePath('.').parent, PurePath('..').name)
print(PurePath('a/b') != PurePath('a/c'), PurePath('a/b').parts, PurePath('/').parts)
print(PurePosixPath('a') in {PurePath('a')}, str(Path('a/../b')), Path('..', 'x').parts)
print([str(x) for x in sorted(d.glob('*.txt'))] == [str(d / 'f.txt')])
print(Path('a').with_suffix('.b.c'), PurePath('x.tar.gz').with_suffix(''), PurePath('x').stem)
p = Path('f')
print(p.parents, list(p.parents), PurePath('/').parents[:], len(PurePath('/').parents))
print(isinstance(d, os.PathLike), Path(Path('a'), 'b'), Path().resolve() == Path.cwd())
(d / 'f.txt').unlink(); d.rmdir()
try:
    Path('a').parents[-2]
except IndexError as e: print('IndexError', e)
print(PurePath('a/b').match('A/B'), PurePath('a/b.PY').match('*.py'), PurePath('a/b/c').match('**/c'))
