"""pathlib: object-oriented file system paths, POSIX flavour only, as in
CPython 3.11. PurePath/PurePosixPath do pure path arithmetic; Path/PosixPath
add the file system calls, made through os with str(self) as the name (so
errors carry CPython's messages and filenames). Windows paths, owner(),
group(), chmod(), symlinks and as_uri() are not provided."""

import os
import posixpath
from fnmatch import fnmatchcase as _fnmatchcase

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _parse_args(args):
    """The (root, parts) of the path made by joining `args`, where each is
    a str or an os.PathLike; a later absolute argument resets the path."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            text = str(a)
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % (type(a),))
            text = a
        if text.startswith('/'):
            # POSIX keeps exactly two leading slashes; one or three+ mean '/'.
            if text.startswith('//') and not text.startswith('///'):
                root = '//'
            else:
                root = '/'
            parts = []
        for x in text.split('/'):
            if x and x != '.':
                parts.append(x)
    return root, parts


class _PathParents:
    """The immutable sequence of a path's logical ancestors."""

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parts(self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path of the POSIX flavour, without file system access.
    PurePath(...) makes a PurePosixPath."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(*_parse_args(args))

    @classmethod
    def _from_parts(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        return self

    def _make(self, root, parts):
        return type(self)._from_parts(root, parts)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The string representation with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    # Comparisons: only paths of the same flavour (all are POSIX here).
    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self._root, tuple(self._parts)))

    def _cmp_parts(self):
        return ([self._root] if self._root else []) + self._parts

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() < other._cmp_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() <= other._cmp_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() > other._cmp_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() >= other._cmp_parts()

    # The parts of the path.
    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        """A new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """A new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """A new path with the suffix changed; an empty suffix removes it."""
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._make(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The relative path to self from `other`; ValueError when self is
        not under it."""
        if not other:
            raise TypeError("need at least one argument")
        root, parts = _parse_args(other)
        n = len(parts)
        if root != self._root or self._parts[:n] != parts:
            formatted = str(self._from_parts(root, parts))
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._make('', self._parts[n:])

    def is_relative_to(self, *other):
        """True if the path is relative to `other`."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        """The path with each argument appended in turn."""
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        """True if this path matches the glob-style pattern, compared from
        the right (or entirely, for an absolute pattern)."""
        root, pat_parts = _parse_args((path_pattern,))
        if not root and not pat_parts:
            raise ValueError("empty pattern")
        parts = self._parts
        if root:
            if root != self._root or len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath of the POSIX flavour."""


os.PathLike.register(PurePath)


def _is_wildcard(pattern):
    return '*' in pattern or '?' in pattern or '[' in pattern


class Path(PurePath):
    """A PurePath whose methods reach the file system. Path(...) makes a
    PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(*_parse_args(args))

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory, as os.path.expanduser('~') gives it."""
        return cls(os.path.expanduser('~'))

    def absolute(self):
        """The path made absolute, without normalizing or resolving links."""
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved."""
        return type(self)(os.path.realpath(str(self), strict=strict))

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        if not self._root and self._parts and self._parts[0].startswith('~'):
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return type(self)(homedir, *self._parts[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self)) if follow_symlinks else os.lstat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def _mode(self, follow=True):
        try:
            st = os.stat(str(self)) if follow else os.lstat(str(self))
        except (FileNotFoundError, NotADirectoryError):
            return None
        except ValueError:
            return None
        return st.st_mode

    def exists(self):
        """True if the path points to an existing file or directory."""
        return self._mode() is not None

    def is_dir(self):
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o040000

    def is_file(self):
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o100000

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and (m & 0o170000) == 0o120000

    def samefile(self, other_path):
        """True if both paths name the same file (same device and inode)."""
        st = self.stat()
        if not isinstance(other_path, PurePath):
            other_path = type(self)(other_path)
        other = other_path.stat()
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def iterdir(self):
        """The paths of the directory's entries (not '.' and '..')."""
        for name in os.listdir(str(self)):
            yield self._make(self._root, self._parts + [name])

    def _child(self, name):
        return self._make(self._root, self._parts + [name])

    def _select(self, path, pats):
        # Yields the paths under `path` matching the pattern parts `pats`.
        if not pats:
            yield path
            return
        pat, rest = pats[0], pats[1:]
        if pat == '**':
            for d in self._walk_dirs(path):
                yield from self._select(d, rest)
        elif _is_wildcard(pat):
            try:
                names = os.listdir(str(path))
            except (FileNotFoundError, NotADirectoryError, PermissionError):
                return
            for name in names:
                if _fnmatchcase(name, pat):
                    child = path._child(name)
                    if not rest or child.is_dir():
                        yield from self._select(child, rest)
        else:
            child = path._child(pat)
            if (child.is_dir() if rest else child.exists()):
                yield from self._select(child, rest)

    def _walk_dirs(self, path):
        # `path` and every directory below it, parents first.
        yield path
        try:
            names = os.listdir(str(path))
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            return
        for name in names:
            child = path._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def glob(self, pattern):
        """The existing paths under this directory that match the relative
        glob pattern ('**' matches this directory and all below it)."""
        root, pats = _parse_args((pattern,))
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        seen = set()
        for p in self._select(self, pats):
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def rglob(self, pattern):
        """glob() with '**/' put in front of the pattern."""
        root, pats = _parse_args((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self.glob('/'.join(['**'] + pats))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Creates the directory (and, with `parents`, the missing parents)."""
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        """Removes the file; FileNotFoundError unless `missing_ok`."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        """Renames to `target`; returns the new Path."""
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        """Renames to `target`, replacing an existing file; returns it."""
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file if it does not exist."""
        if exist_ok and self.exists():
            if hasattr(os, 'utime'):
                os.utime(str(self), None)
            return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Opens the file as the built-in open() does."""
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)


class PosixPath(Path, PurePosixPath):
    """A Path of the POSIX flavour."""
