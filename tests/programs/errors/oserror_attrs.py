# OSError's attributes: errno, strerror, filename and filename2 from the
# constructor (args keeps two), the 'a' -> 'b' text, writable attributes.
e = OSError(2, 'No such file', 'a', None, 'b'); print(str(e), e.args, e.filename2, e.filename, type(e).__name__)
e = OSError(2, 'x', 'a', None); print(str(e), e.args, e.filename2, repr(e))
e = OSError(2, 'x'); print(e.filename, e.filename2, e.errno, e.strerror, str(e))
e = OSError(1, 2, 3, 4, 5, 6); print(str(e), e.args, e.errno, e.filename)
e = OSError(5); print(e.errno, str(e), e.args)
e = OSError(); print(repr(e), str(e), e.errno)
e = FileNotFoundError(2, 'gone', 'f.txt'); e.filename = 'g.txt'; print(e, e.args)
e.errno = 9; print(e.errno, e)
e = PermissionError('plain message'); print(e, e.errno, e.args)
class MyOSError(OSError):
    def __init__(self, msg):
        super().__init__(13, msg, 'path')
print(MyOSError('denied'), MyOSError('denied').args, MyOSError('denied').filename)
try:
    raise OSError(17, 'File exists', 'x', None, 'y')
except FileExistsError as e:
    print('caught', e)
import os
try:
    os.rename("no_such_file_xyz", "other_xyz")
except FileNotFoundError as e:
    print(e, e.filename, e.filename2)
