# os.path's string functions (no file system involved).
import os.path
from os.path import join, split, splitext

print(join('a', 'b', 'c'), join('a/', 'b'), join('a', '/abs', 'c'), join('', 'x'), join('a', ''))
print(join(b'a', b'b'))
for bad in [(1, 'a'), ('a', None), ('a', b'b')]:
    try:
        join(*bad)
    except TypeError as e:
        print(e)
for p in ['/a/b/c.txt', 'c.txt', '/', '', 'a/b/', '//x', 'a//b', '/a']:
    print(repr(p), split(p), os.path.basename(p), os.path.dirname(p))
for p in ['a.txt', 'a.tar.gz', '.bashrc', '..x', 'a/.b', 'a.b/c', 'x.', '', '...']:
    print(repr(p), splitext(p))
for p in ['', '.', '/', '//', '///', 'a/./b', 'a/../b', '../a', '/../a', 'a/b/../../..',
          '/a//b/', 'a/b/c/../../d', './', '//a/b', '///a/b']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.isabs(''))
print(os.path.commonprefix(['/usr/lib', '/usr/local/lib']), os.path.commonprefix([]),
      os.path.commonprefix(['abc']), os.path.commonprefix(['ab', 'abc', 'a']))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b', 'a/c']))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'), os.path.relpath('/a/b', '/'),
      os.path.relpath('/x/y', '/a/b/c'))
try:
    os.path.relpath('')
except ValueError as e:
    print(e)
print(os.path.splitdrive('/a/b'), os.path.normcase('A/b'))
print(os.path.expanduser('x/~'), os.path.expanduser('~') == os.environ['HOME'])
print(os.path.expanduser('~/d') == os.path.join(os.environ['HOME'], 'd'))
os.environ['OURO_PATH_VAR'] = 'val'
print(os.path.expandvars('$OURO_PATH_VAR/${OURO_PATH_VAR}/$NOT_SET_OURO_X/$'))
cwd = os.getcwd()
print(os.path.abspath('x') == join(cwd, 'x'), os.path.abspath('/a/./b/..'))
print(os.path.realpath('/'), os.path.realpath('.') == os.path.realpath(cwd))
print(os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep)
