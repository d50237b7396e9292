"""JSON encoding: JSONEncoder and the string escapers behind dumps.

The output is CPython's byte for byte: the same separators, indentation,
escapes (\\uXXXX with surrogate pairs under ensure_ascii) and float text.
"""

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

ESCAPE_DCT = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n",
              "\r": "\\r", "\t": "\\t"}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), "\\u%04x" % _i)
del _i


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    if s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'  # the common case: nothing to escape
    out = ['"']
    start = 0
    n = len(s)
    for i in range(n):
        c = s[i]
        if c < " " or c == '"' or c == "\\":
            out.append(s[start:i])
            out.append(ESCAPE_DCT[c])
            start = i + 1
    out.append(s[start:])
    out.append('"')
    return "".join(out)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'  # the common case: nothing to escape
    out = ['"']
    start = 0
    n = len(s)
    for i in range(n):
        c = s[i]
        if " " <= c <= "~" and c != '"' and c != "\\":
            continue
        out.append(s[start:i])
        start = i + 1
        esc = ESCAPE_DCT.get(c)
        if esc is not None:
            out.append(esc)
            continue
        code = ord(c)
        if code < 0x10000:
            out.append("\\u%04x" % code)
        else:
            code -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
    out.append(s[start:])
    out.append('"')
    return "".join(out)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for ``o``, or raise ``TypeError``."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        chunks = []
        _Encoding(self, chunks).value(o, 0)
        return iter(chunks)


class _Encoding:
    """One encoding run: the settings of an encoder and the output chunks."""

    def __init__(self, enc, chunks):
        self.enc = enc
        self.out = chunks
        self.markers = {} if enc.check_circular else None
        self.string = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent

    def float_text(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.string(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(o)

    def newline(self, level):
        """The separator text that starts a line at `level` (None: no indent)."""
        if self.indent is None:
            return None
        return "\n" + self.indent * level

    def open(self, o, level, bracket):
        """Writes `bracket` and, when indenting, the first line break;
        returns the separator to write between items."""
        self.enter(o)
        inner = self.newline(level + 1)
        if inner is None:
            self.out.append(bracket)
            return self.enc.item_separator
        self.out.append(bracket + inner)
        return self.enc.item_separator + inner

    def close(self, o, level, bracket):
        if self.indent is not None:
            self.out.append(self.newline(level))
        self.out.append(bracket)
        self.leave(o)

    def array(self, o, level):
        if not o:
            self.out.append("[]")
            return
        sep = self.open(o, level, "[")
        first = True
        for item in o:
            if not first:
                self.out.append(sep)
            first = False
            self.value(item, level + 1)
        self.close(o, level, "]")

    def key_text(self, key):
        """The JSON text of a dict key, or None to skip it."""
        if isinstance(key, str):
            return self.string(key)
        if isinstance(key, float):
            text = self.float_text(key)
        elif key is True:
            text = "true"
        elif key is False:
            text = "false"
        elif key is None:
            text = "null"
        elif isinstance(key, int):
            text = int.__repr__(key)
        elif self.enc.skipkeys:
            return None
        else:
            raise TypeError(f"keys must be str, int, float, bool or None, "
                            f"not {key.__class__.__name__}")
        return self.string(text)

    def object(self, o, level):
        out = self.out
        if not o:
            out.append("{}")
            return
        sep = self.open(o, level, "{")
        items = sorted(o.items()) if self.enc.sort_keys else o.items()
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(text)
            out.append(self.enc.key_separator)
            self.value(value, level + 1)
        self.close(o, level, "}")
