"""Path names on POSIX systems: os.path. Pure string work, except the
functions that ask the file system (exists, isdir, getsize, realpath...)."""

import os

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'commonpath', 'getsize', 'getmtime', 'getatime',
           'getctime', 'islink', 'exists', 'lexists', 'isdir', 'isfile', 'expanduser',
           'expandvars', 'normpath', 'abspath', 'samefile', 'realpath', 'relpath',
           'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _seps(p):
    """The separator, current-folder and parent strings of p's type."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = os.fspath(a)
    s = _seps(a)[0]
    path = a
    for b in p:
        if not isinstance(b, (str, bytes)):
            if not hasattr(type(b), '__fspath__'):
                raise TypeError("join() argument must be str, bytes, or os.PathLike object, "
                                "not '%s'" % type(b).__name__)
            b = os.fspath(b)
        if isinstance(b, bytes) != isinstance(a, bytes):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(s):
            path = b
        elif not path or path.endswith(s):
            path = path + b
        else:
            path = path + s + b
    return path


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def split(p):
    p = os.fspath(p)
    s = _seps(p)[0]
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    s = _seps(p)[0]
    dot = s[:0] + ('.' if isinstance(p, str) else b'.')
    sep_index = p.rfind(s)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # A leading run of dots belongs to the name: '.bashrc' has no extension.
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    return split(p)[0]


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    s, cur, _ = _seps(paths[0])
    absolute = {p.startswith(s) for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(s) if c and c != cur] for p in paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            common = lo[:i]
            break
    prefix = s if paths[0].startswith(s) else s[:0]
    return prefix + s.join(common)


def normpath(path):
    path = os.fspath(path)
    s, cur, par = _seps(path)
    if not path:
        return cur
    # POSIX keeps exactly two leading slashes; one or three and more are one.
    slashes = 0
    if path.startswith(s):
        slashes = 2 if path.startswith(s * 2) and not path.startswith(s * 3) else 1
    parts = []
    for comp in path.split(s):
        if not comp or comp == cur:
            continue
        if comp != par or (not slashes and not parts) or (parts and parts[-1] == par):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = s * slashes + s.join(parts)
    return result or cur


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed."""
    path = abspath(filename)
    s, cur, par = _seps(path)
    parts = []
    todo = [c for c in path.split(s) if c]
    links = 0
    while todo:
        comp = todo.pop(0)
        if comp == cur:
            continue
        if comp == par:
            if parts:
                parts.pop()
            continue
        candidate = s + s.join(parts + [comp])
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            parts.append(comp)
            continue
        if st.st_mode & _S_IFMT != _S_IFLNK:
            parts.append(comp)
            continue
        links += 1
        if links > 40:
            if strict:
                raise OSError(40, 'Too many levels of symbolic links', candidate)
            parts.append(comp)
            continue
        target = os.readlink(candidate)
        if target.startswith(s):
            parts = []
        todo = [c for c in target.split(s) if c] + todo
    return s + s.join(parts)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    s, cur, par = _seps(path)
    if start is None:
        start = cur
    start = os.fspath(start)
    start_list = [x for x in abspath(start).split(s) if x]
    path_list = [x for x in abspath(path).split(s) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [par] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return cur
    return join(*rel_list)


def expanduser(path):
    path = os.fspath(path)
    tilde = '~' if isinstance(path, str) else b'~'
    if not path.startswith(tilde):
        return path
    s = _seps(path)[0]
    i = path.find(s, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user needs the password database, which Ouro lacks
    home = os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(s)
    return (home + path[i:]) or s


def expandvars(path):
    """Replaces $name and ${name} by the environment's values; unknown
    variables are left as they are."""
    path = os.fspath(path)
    if isinstance(path, bytes) or '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path[i + 1:i + 2] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


def _mode(path, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None
    return st.st_mode


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isdir(s):
    m = _mode(s)
    return m is not None and m & _S_IFMT == _S_IFDIR


def isfile(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFREG


def islink(path):
    m = _mode(path, False)
    return m is not None and m & _S_IFMT == _S_IFLNK


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
