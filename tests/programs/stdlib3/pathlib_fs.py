# pathlib's file system methods in a scratch folder of their own: mkdir,
# touch, read/write text and bytes, iterdir, glob/rglob, rename/replace,
# stat, unlink, rmdir, resolve, samefile and CPython's errors.
import os
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp(prefix='ouro-pathlib-'))
rel = lambda p: p.relative_to(base).as_posix()
try:
    (base / 'a' / 'b' / 'c').mkdir(parents=True)
    (base / 'a').mkdir(exist_ok=True)
    f = base / 'a' / 'one.txt'
    print(f.write_text('hello\nworld\n'), f.read_text(), f.read_text().splitlines())
    print((base / 'a' / 'two.bin').write_bytes(b'\x00\x01\x02'), (base / 'a' / 'two.bin').read_bytes())
    (base / 'a' / 'b' / 'three.txt').touch()
    (base / 'a' / 'b' / 'c' / 'four.py').write_text('print(4)')
    (base / 'a' / '.hidden').touch()
    print(f.exists(), f.is_file(), f.is_dir(), f.parent.is_dir(), (base / 'nope').exists(), f.is_symlink())
    print(f.stat().st_size, (base / 'a' / 'b' / 'three.txt').stat().st_size)
    print(sorted(rel(p) for p in (base / 'a').iterdir()))
    print(sorted(rel(p) for p in base.glob('a/*.txt')))
    print(sorted(rel(p) for p in base.glob('*/*')))
    print(sorted(rel(p) for p in base.rglob('*.py')), sorted(rel(p) for p in base.rglob('*.txt')))
    print(sorted(rel(p) for p in base.glob('**')))
    print(sorted(rel(p) for p in base.glob('a/**/*.txt')), list(base.glob('a/x*')))
    with (base / 'a' / 'one.txt').open() as fh:
        print(repr(fh.readline()))
    with (base / 'a' / 'one.txt').open('a') as fh:
        fh.write('more\n')
    print(f.read_text().count('\n'))
    g = f.rename(base / 'a' / 'renamed.txt')
    print(type(g).__name__, rel(g), f.exists(), g.exists())
    h = g.replace(base / 'a' / 'two.bin')
    print(rel(h), h.read_text()[:5], g.exists())
    print((base / 'a' / '.' / 'b' / '..').resolve() == (base / 'a').resolve(),
          (base / 'a').samefile(str(base / 'a' / 'b' / '..')), Path('x').absolute() == Path.cwd() / 'x')
    print(Path('~').expanduser() == Path.home(), Path('x/y').expanduser(), Path.cwd().is_absolute())
    for bad in [lambda: (base / 'nope').stat(), lambda: (base / 'nope').rmdir(),
                lambda: (base / 'nope').read_text(), lambda: (base / 'a').mkdir(),
                lambda: (base / 'n' / 'x').mkdir(), lambda: (base / 'nope').unlink(),
                lambda: (base / 'a' / 'b').rmdir(), lambda: f.write_text(b'x'),
                lambda: (base / 'a' / 'two.bin').touch(exist_ok=False),
                lambda: list(base.glob('')), lambda: list(base.glob('/x'))]:
        try:
            bad()
        except (OSError, TypeError, ValueError, NotImplementedError) as e:
            print(type(e).__name__, getattr(e, 'strerror', e))
    (base / 'nope').unlink(missing_ok=True)
    for p in sorted(base.rglob('*'), key=lambda p: -len(p.parts)):
        if p.is_dir():
            p.rmdir()
        else:
            p.unlink()
    print(list(base.iterdir()))
finally:
    base.rmdir()
print(base.exists())
