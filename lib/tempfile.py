"""Temporary files and folders: gettempdir, mkstemp, mkdtemp,
NamedTemporaryFile, TemporaryFile and TemporaryDirectory. Names are random
(os.urandom) and created with O_EXCL, so two programs never share one."""

import os

__all__ = ['gettempdir', 'gettempprefix', 'mkstemp', 'mkdtemp', 'NamedTemporaryFile',
           'TemporaryFile', 'TemporaryDirectory', 'TMP_MAX', 'template', 'tempdir']

TMP_MAX = 10000
template = 'tmp'
tempdir = None


def gettempprefix():
    return template


def gettempdir():
    """The folder for temporary files: $TMPDIR, $TEMP or $TMP when it is a
    writable folder, else /tmp, else the current folder."""
    global tempdir
    if tempdir is None:
        candidates = [os.environ.get(name) for name in ('TMPDIR', 'TEMP', 'TMP')]
        candidates += ['/tmp', '/var/tmp', '/usr/tmp', os.getcwd()]
        for folder in candidates:
            if folder and os.path.isdir(folder) and os.access(folder, 2 | 1):
                tempdir = os.path.abspath(folder)
                break
        else:
            raise FileNotFoundError(2, 'No usable temporary directory found in %s'
                                    % (candidates,))
    return tempdir


def _random_name():
    return os.urandom(6).hex()


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def _create(make, suffix, prefix, dir):
    """Calls make(path) with fresh random paths until one does not exist."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            return make(path), path
        except FileExistsError:
            continue
    raise FileExistsError(17, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a file only this user can read and write: (fd, absolute path)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    fd, path = _create(lambda p: os.open(p, flags, 0o600), suffix, prefix, dir)
    return fd, os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a folder only this user can use; returns its absolute path."""
    _, path = _create(lambda p: os.mkdir(p, 0o700), suffix, prefix, dir)
    return os.path.abspath(path)


def _rmtree(path):
    for root, dirs, files in os.walk(path, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            full = os.path.join(root, name)
            if os.path.islink(full):
                os.remove(full)
            else:
                os.rmdir(full)
    os.rmdir(path)


class _TemporaryFileWrapper:
    """A file object with a `name` on disk that is removed when it closes
    (delete=True). Attribute access goes to the file."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.remove(self.name)
                    except FileNotFoundError:
                        pass

    def __del__(self):
        self.close()

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper %r>' % (self.name,)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, removed when closed."""
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        f = open(fd, mode, buffering=buffering, encoding=encoding, errors=errors,
                 newline=newline)
    except BaseException:
        os.close(fd)
        os.remove(path)
        raise
    return _TemporaryFileWrapper(f, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file whose name is removed at once: only the object
    reaches it."""
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        os.remove(path)
        return open(fd, mode, buffering=buffering, encoding=encoding, errors=errors,
                    newline=newline)
    except BaseException:
        os.close(fd)
        raise


class TemporaryDirectory:
    """A folder removed with its contents by cleanup(), at the end of a
    `with` block, or when the object is freed."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<%s %r>' % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        try:
            _rmtree(self.name)
        except OSError:
            if not self._ignore_errors:
                raise

    def __del__(self):
        if not self._done and os.path.exists(self.name):
            self.cleanup()
