# pathlib's pure path arithmetic: parsing, parts, names and suffixes,
# parents, joining, relative_to, match, comparisons and the errors.
from pathlib import PurePath, PurePosixPath, Path, PosixPath

p = PurePath('/usr/lib/python3.11/x.tar.gz')
print(repr(p), str(p), type(p).__name__)
print(p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root, repr(p.drive))
print(p.parts, p.parent, p.parents, list(p.parents), p.parents[0], p.parents[-1])
print(p.parents[1:3], len(p.parents))
print(PurePath('//a/b'), PurePath('///a'), PurePath('a//b/./c/..'), PurePath(), PurePath('a', '/b', 'c'))
print(PurePath('a') / 'b' / 'c', 'x' / PurePath('y'), PurePath('a').joinpath('b', PurePath('c')))
print(PurePath('/a/b').relative_to('/a'), PurePath('/a/b').relative_to('/', 'a', 'b'))
print(PurePath('/a/b').is_relative_to('/a'), PurePath('a/b').is_relative_to('/a'))
print(PurePath('/a').is_absolute(), PurePath('a').is_absolute(), PurePath('/').name, PurePath('/').parent)
print(PurePath('a/b.py').with_name('c.txt'), PurePath('a/b.py').with_suffix('.md'),
      PurePath('a/b.py').with_suffix(''), PurePath('a/b.py').with_stem('z'), PurePath('a/b').with_suffix('.x'))
print(PurePath('.bashrc').suffix, PurePath('.bashrc').stem, PurePath('a.').suffixes, PurePath('..x.y').suffixes)
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'), PurePath('/a/b/c.py').match('a/*.py'),
      PurePath('/a.py').match('/*.py'), PurePath('b/a.py').match('/*.py'), PurePath('a').match('a/b'))
print(PurePath('a') == PurePosixPath('a'), PurePath('a') == Path('a'), PurePath('a') == 'a',
      hash(PurePath('a/b')) == hash(PurePath('a//b')), PurePath('a') < PurePath('b'),
      sorted([PurePath('b'), PurePath('/z'), PurePath('a/c'), PurePath('a')]))
print(repr(Path('a/b')), type(Path('x')).__name__, isinstance(Path('x'), PurePosixPath),
      isinstance(PosixPath('x'), Path), Path('a').as_posix(), bytes(PurePath('/x')))
import os
print(os.fspath(Path('q/r')), os.path.join(PurePath('a'), 'b'), {PurePath('a'): 1}[PurePath('a')])
for bad in [lambda: PurePath('a/b').relative_to('c'), lambda: PurePath('a').with_suffix('x'),
            lambda: PurePath('/').with_name('x'), lambda: PurePath('a').with_name(''),
            lambda: PurePath('a') < 'b', lambda: PurePath('a') / 3, lambda: Path('a').parents[5],
            lambda: PurePath('a').match(''), lambda: PurePath(3), lambda: PurePath('a').with_name('b/c')]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
