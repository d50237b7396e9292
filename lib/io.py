"""The io module: open() and the file classes (written in C, module _io),
and the in-memory streams StringIO and BytesIO."""

from _io import (open, TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                 FileIO, UnsupportedOperation, DEFAULT_BUFFER_SIZE, SEEK_SET, SEEK_CUR,
                 SEEK_END)

import abc
import sys

__all__ = ['open', 'StringIO', 'BytesIO', 'TextIOWrapper', 'BufferedReader',
           'BufferedWriter', 'BufferedRandom', 'FileIO', 'UnsupportedOperation',
           'DEFAULT_BUFFER_SIZE', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'IOBase', 'RawIOBase',
           'BufferedIOBase', 'TextIOBase']


# The abstract classes, for isinstance(): the C classes are registered as
# their virtual subclasses (CPython's io does the same with _io's).
class IOBase(metaclass=abc.ABCMeta):
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


RawIOBase.register(FileIO)
for _klass in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
TextIOBase.register(TextIOWrapper)
TextIOBase.register(type(sys.__stdout__))  # the standard streams' own class
del _klass


class _MemoryIO:
    """What StringIO and BytesIO share: a buffer (str or bytearray, in the
    subclass) and a position, with CPython's checks and messages."""

    # CPython's StringIO says "I/O operation on closed file" (no full stop)
    # in its own methods, and with one in those it inherits.
    _closed_message = "I/O operation on closed file."

    def _check_open(self, inherited=False):
        if self._closed:
            raise ValueError("I/O operation on closed file." if inherited
                             else self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open(True)
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open(True)
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open(True)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check_open(True)
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_open(True)
        for line in lines:
            self.write(line)

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(size).__name__)
        return size


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError("illegal newline value: %r" % (newline,))


class StringIO(_MemoryIO, TextIOBase):
    __module__ = '_io'
    """A text stream in memory. The text lives in pieces that writes at the
    end append to; they are joined when something reads or overwrites."""

    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        _check_newline(newline)
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._value = self._translate(initial_value)
        self._tail = []
        self._len = len(self._value)
        self._pos = 0

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl == '\r' or nl == '\r\n':
            return s.replace('\n', nl)
        return s

    def _text(self):
        if self._tail:
            self._value = self._value + ''.join(self._tail)
            self._tail = []
        return self._value

    def getvalue(self):
        self._check_open()
        return self._text()

    def flush(self):
        pass

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        if self._pos == self._len:
            self._tail.append(s)
        else:
            text = self._text()
            if self._pos > self._len:
                text = text + '\0' * (self._pos - self._len)
            self._value = text[:self._pos] + s + text[self._pos + len(s):]
            self._len = len(self._value)
            self._pos += len(s)
            return n
        self._len += len(s)
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        text = self._text()
        start = self._pos
        end = self._len if size < 0 else min(self._len, start + size)
        if start >= end:
            return ''
        self._pos = end
        return text[start:end]

    def readline(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        text = self._text()
        start = self._pos
        if start >= self._len:
            return ''
        ending = '\n' if self._newline in (None, '', '\n') else self._newline
        i = text.find(ending, start)
        end = self._len if i < 0 else i + len(ending)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence == 1 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")  # sic, as CPython
        if whence == 2:
            pos = self._len
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._len:
            self._value = self._text()[:size]
            self._len = size
        return size

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_MemoryIO, BufferedIOBase):
    __module__ = '_io'
    """A binary stream in memory, over a bytearray."""

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def write(self, b):
        self._check_open()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        n = len(b)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(b'\0' * (pos - len(self._buf)))
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        start = self._pos
        end = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        if start >= end:
            return b''
        self._pos = end
        return bytes(self._buf[start:end])

    read1 = read

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        start = self._pos
        if start >= len(self._buf):
            return b''
        i = self._buf.find(b'\n', start)
        end = len(self._buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(self._buf[start:end])

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size

    def __repr__(self):
        return '<_io.BytesIO object>'
