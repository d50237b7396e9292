"""Print or retrieve the traceback of an exception, as CPython's traceback
module does. The text comes from the interpreter's own printer (the
_traceback module), so print_exc() shows exactly what an uncaught exception
would. The stack functions (print_stack, extract_stack, walk_stack) read
sys._getframe's frame objects."""

import sys
import _traceback

__all__ = ["extract_tb", "format_exc", "format_exception", "format_exception_only",
           "format_list", "format_tb", "print_exc", "print_exception", "print_last",
           "print_tb", "FrameSummary", "StackSummary", "TracebackException", "walk_tb",
           "extract_stack", "format_stack", "print_stack", "walk_stack"]

_sentinel = object()


class FrameSummary:
    """One entry of a traceback: filename, lineno, name and the source line."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.source_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line))
        return "".join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if last is not None and key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    result.append(_repeated(count - 3))
                last = key
                count = 1
            result.append(self.format_frame_summary(frame))
        if count > 3:
            result.append(_repeated(count - 3))
        return result


def _repeated(n):
    return "  [Previous line repeated {} more time{}]\n".format(n, "s" if n > 1 else "")


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


def walk_tb(tb):
    """(frame, lineno) for each entry; Ouro keeps no frames, so frame is None."""
    while tb is not None:
        yield None, tb.tb_lineno
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    entries = _limited(_traceback.entries(tb), limit)
    return StackSummary.from_list(
        [FrameSummary(f, n, name) for f, n, name in entries])


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def _parse_args(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc
            raise TypeError(
                f"Exception expected for value, {type(exc).__name__} found")
        return None
    return value


def _chunks(text):
    """Splits the printer's text into the pieces CPython's format_exception
    returns: the header, one piece per entry, repeats, chain links, and the
    exception's own lines."""
    out = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('  File "') and i + 1 < len(lines) and lines[i + 1].startswith("    ") \
                and not _is_syntax_block(lines, i):
            piece = line
            i += 1
            while i < len(lines) and lines[i].startswith("    "):
                piece += lines[i]
                i += 1
            out.append(piece)
            continue
        if line == "\n" and i + 2 < len(lines) and lines[i + 2] == "\n":
            out.append(line + lines[i + 1] + lines[i + 2])
            i += 3
            continue
        out.append(line)
        i += 1
    return out


def _is_syntax_block(lines, i):
    # A SyntaxError's location block ('  File "x", line 1' without ", in").
    return ", in " not in lines[i]


def _entry_piece(piece):
    return piece.startswith('  File "') and ", in " in piece.split("\n", 1)[0]


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _parse_args(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    pieces = _chunks(_traceback.format(value, chain))
    if limit is None and getattr(sys, "tracebacklimit", None) is None:
        return pieces
    # Apply the limit to each run of entries.
    result, run = [], []
    for piece in pieces + [None]:
        if piece is not None and (_entry_piece(piece) or piece.startswith("  [Previous")):
            run.append(piece)
            continue
        result.extend(_limited(run, limit))
        run = []
        if piece is not None:
            if piece.startswith("Traceback") and _limited([1], limit) == []:
                continue
            result.append(piece)
    return result


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None or not isinstance(value, BaseException):
        if isinstance(exc, type) and value is None:
            return [exc.__name__ + "\n"]
        return ["NoneType: None\n"]
    return _chunks(_traceback.format_only(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False):
        self.exc_type = exc_type
        self._value = exc_value
        self._limit = limit
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = bool(exc_value is not None and exc_value.__suppress_context__)
        if exc_value is not None and isinstance(exc_value, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return str(self._value)

    def format_exception_only(self):
        if self._value is None:
            yield "NoneType: None\n"
            return
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        if self._value is None:
            yield "NoneType: None\n"
            return
        yield from format_exception(self._value, limit=self._limit, chain=chain)


def walk_stack(f):
    """(frame, lineno) for `f` (the caller when None) and each frame above."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    """The call stack as a StackSummary, oldest frame first."""
    if f is None:
        f = sys._getframe().f_back
    frames = []
    while f is not None:
        frames.append(FrameSummary(f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        f = f.f_back
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary.from_list(frames)


def format_stack(f=None, limit=None):
    """extract_stack as formatted entries."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Prints the call stack (most recent call last) to `file` (sys.stderr)."""
    if f is None:
        f = sys._getframe().f_back
    if file is None:
        file = sys.stderr
    for item in format_list(extract_stack(f, limit=limit)):
        print(item, file=file, end="")

