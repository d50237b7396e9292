# OSError(errno, strerror) makes the subclass for that errno.
# Linux numbers: ENOENT EACCES EPERM EISDIR EEXIST ENOTDIR ETIMEDOUT, none.
for code in (2, 13, 1, 21, 17, 20, 110, 9999):
    e = OSError(code, "text")
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)

e = OSError(2, "x")
print(type(e) is FileNotFoundError, isinstance(e, OSError), str(e))
e = OSError(2, "No such file", "a.txt")
print(type(e).__name__, e.filename, str(e))
print(type(OSError("just text")).__name__, type(OSError()).__name__, type(OSError(2)).__name__)
print(type(PermissionError(2, "x")).__name__)
print(type(IOError(13, "denied")).__name__, type(EnvironmentError(21, "dir")).__name__)


class MyError(OSError):
    pass


print(type(MyError(2, "x")).__name__)
try:
    raise OSError(2, "gone", "f")
except FileNotFoundError as err:
    print("caught", err)
print(issubclass(FileExistsError, OSError), issubclass(TimeoutError, OSError),
      issubclass(NotADirectoryError, OSError))
