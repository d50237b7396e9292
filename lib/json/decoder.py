"""JSON decoding: JSONDecoder, JSONDecodeError and the scanner behind loads.

A hand-written recursive-descent scanner with the positions and messages of
CPython's C scanner (Modules/_json.c), which is what CPython really uses.
"""

import _re

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_WS = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
              "r": "\r", "t": "\t"}
_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}
# A JSON number (re.ASCII), run through the C matcher directly: its spans
# tell the integer part, the fraction and the exponent apart.
_NUMBER = _re.compile(r"(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?", 256)[0]


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _NoValue(Exception):
    """Internal: no JSON value starts at `pos` ("Expecting value")."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


def _skip_ws(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, start):
    """The value of the 4 hex digits at s[start:start+4], or -1."""
    text = s[start:start + 4]
    if len(text) != 4:
        return -1
    for c in text:
        if c not in _HEX:
            return -1
    return int(text, 16)


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Returns a tuple of the decoded string and the index of the character
    in s after the end quote."""
    # The common case first: plain characters up to the closing quote.
    q = s.find('"', end)
    if q >= 0:
        chunk = s[end:q]
        if "\\" not in chunk and (not strict or chunk.isprintable()):
            return chunk, q + 1
    chunks = []
    begin = end - 1
    n = len(s)
    i = end
    while True:
        j = i
        while j < n:
            c = s[j]
            if c == '"' or c == "\\" or (strict and c < " "):
                break
            j += 1
        if j >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if j > i:
            chunks.append(s[i:j])
        c = s[j]
        if c == '"':
            return "".join(chunks), j + 1
        if c != "\\":
            raise JSONDecodeError("Invalid control character at", s, j)
        if j + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[j + 1]
        if esc != "u":
            char = _BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, j)
            chunks.append(char)
            i = j + 2
            continue
        # \uXXXX, joining a surrogate pair when one follows.
        if j + 6 >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, j + 1)
        uni = _hex4(s, j + 2)
        if uni < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, j + 1)
        i = j + 6
        if 0xD800 <= uni <= 0xDBFF and i + 6 < n and s[i] == "\\" and s[i + 1] == "u":
            uni2 = _hex4(s, i + 2)
            if uni2 < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, i + 1)
            if 0xDC00 <= uni2 <= 0xDFFF:
                uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                i += 6
        chunks.append(chr(uni))


class _Scanner:
    """One decoding run: the settings of a JSONDecoder."""

    def __init__(self, decoder):
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.strict = decoder.strict
        self.memo = {}

    def value(self, s, i, n):
        """The value starting at s[i]: (value, end)."""
        if i >= n:
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == "{":
            return self.object(s, i + 1, n)
        if c == "[":
            return self.array(s, i + 1, n)
        if c == "n" and s[i:i + 4] == "null":
            return None, i + 4
        if c == "t" and s[i:i + 4] == "true":
            return True, i + 4
        if c == "f" and s[i:i + 5] == "false":
            return False, i + 5
        if c == "N" and s[i:i + 3] == "NaN":
            return self.parse_constant("NaN"), i + 3
        if c == "I" and s[i:i + 8] == "Infinity":
            return self.parse_constant("Infinity"), i + 8
        if c == "-" and s[i:i + 9] == "-Infinity":
            return self.parse_constant("-Infinity"), i + 9
        return self.number(s, i, n)

    def number(self, s, i, n):
        spans = _re.exec(_NUMBER, s, i, n, 1)
        if spans is None:
            raise _NoValue(i)
        end = spans[1]
        if spans[2 * 2] >= 0 or spans[2 * 3] >= 0:
            return self.parse_float(s[i:end]), end
        return self.parse_int(s[i:end]), end

    # object and array skip whitespace inline: they are the hot loop.
    def object(self, s, i, n):
        pairs = []
        memo = self.memo
        while i < n and s[i] in _WS:
            i += 1
        if i >= n or s[i] != "}":
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, i)
                key, i = scanstring(s, i + 1, self.strict)
                key = memo.setdefault(key, key)
                while i < n and s[i] in _WS:
                    i += 1
                if i >= n or s[i] != ":":
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i += 1
                while i < n and s[i] in _WS:
                    i += 1
                value, i = self.value(s, i, n)
                pairs.append((key, value))
                while i < n and s[i] in _WS:
                    i += 1
                if i < n and s[i] == "}":
                    break
                if i >= n or s[i] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i += 1
                while i < n and s[i] in _WS:
                    i += 1
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, i + 1

    def array(self, s, i, n):
        values = []
        while i < n and s[i] in _WS:
            i += 1
        if i >= n or s[i] != "]":
            while True:
                value, i = self.value(s, i, n)
                values.append(value)
                while i < n and s[i] in _WS:
                    i += 1
                if i < n and s[i] == "]":
                    break
                if i >= n or s[i] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i += 1
                while i < n and s[i] in _WS:
                    i += 1
        return values, i + 1


class JSONDecoder:
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0, len(s)))
        end = _skip_ws(s, end, len(s))
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended."""
        try:
            return _Scanner(self).value(s, idx, len(s))
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None
