"""The os module: the system calls of the C module posix, plus what CPython
writes in Python over them: environ, getenv, makedirs, removedirs, walk,
scandir, fsencode/fsdecode. os.path is posixpath."""

import abc
import sys
from collections.abc import MutableMapping
from posix import *
from posix import environ as _initial_environ

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError

import posixpath as path
sys.modules['os.path'] = path


# ---------------------------------------------------------------------------
# The environment.
# ---------------------------------------------------------------------------

class _Environ(MutableMapping):
    """os.environ: a mapping of str whose changes reach the process (and so
    its children) through putenv and unsetenv. MutableMapping adds get,
    pop, setdefault, update, clear, keys, items, values and ==."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def copy(self):
        return dict(self._data)

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % item for item in self._data.items())


environ = _Environ(_initial_environ)
del _initial_environ


def getenv(key, default=None):
    return environ.get(key, default)


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8') if isinstance(filename, bytes) else filename


class PathLike(abc.ABC):
    """The protocol of objects that stand for a path: any class with an
    __fspath__ method is a virtual subclass."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


# ---------------------------------------------------------------------------
# Folders.
# ---------------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir with the missing parent folders created first."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # another process made it meanwhile
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir, then the parent folders as long as they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


class DirEntry:
    """One entry of scandir(): its name and path, and cached file kinds."""

    def __init__(self, folder, name):
        self.name = name
        self.path = path.join(folder, name)
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return stat(self.path)
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _kind(self, kind, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except OSError:
            return False
        return st.st_mode & _S_IFMT == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._kind(_S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._kind(_S_IFREG, follow_symlinks)

    def is_symlink(self):
        return self._kind(_S_IFLNK, False)


class _ScandirIterator:
    def __init__(self, folder):
        self._folder = folder
        self._names = listdir(folder)
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._names):
            raise StopIteration
        self._i += 1
        return DirEntry(self._folder, self._names[self._i - 1])

    def close(self):
        self._i = len(self._names)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of a folder."""
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (folder, subfolder names, file names) for top and every folder
    below it; with topdown the caller may prune the subfolder list."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs
