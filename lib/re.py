"""Regular expressions: Python's `re` on top of PCRE2.

The C module `_re` compiles a pattern (translating the few places where
Python's syntax and PCRE2's differ) and runs one match at a time, returning
the spans of the groups. Everything a program sees -- Pattern and Match
objects, sub and its templates, split, findall, the flags -- is here.
"""

import sys
import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

# ---------------------------------------------------------------------------
# Flags
# ---------------------------------------------------------------------------

# In CPython's repr order.
_FLAG_NAMES = [
    (1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
    (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"),
    (256, "ASCII"),
]


def _flags_repr(value):
    parts = []
    rest = value
    for bit, name in _FLAG_NAMES:
        if value & bit:
            parts.append("re." + name)
            rest &= ~bit
    if rest or not parts:
        parts.append(hex(rest))
    return "|".join(parts)


class RegexFlag(int):
    """The re flags: ints that print as re.IGNORECASE|re.MULTILINE."""

    def __repr__(self):
        if int(self) == 0:
            return "re.NOFLAG"
        return _flags_repr(int(self))

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        for bit, name in _FLAG_NAMES:
            if int(self) == bit:
                return name
        return None


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)

# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------


class error(Exception):
    """A bad pattern or template: `msg`, `pattern`, `pos`, `lineno`, `colno`."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


# ---------------------------------------------------------------------------
# Templates (the replacement strings of sub and Match.expand)
# ---------------------------------------------------------------------------

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DIGITS = "0123456789"


def _template_group(pattern, text, i):
    """\\g<...> at text[i] (the backslash): (group index, next position)."""
    if i + 2 >= len(text) or text[i + 2] != "<":
        raise error("missing <", pattern=text, pos=i + 2)
    close = text.find(">", i + 3)
    if close < 0:
        raise error("missing >, unterminated name", pattern=text, pos=i + 3)
    name = text[i + 3:close]
    if not name:
        raise error("missing group name", pattern=text, pos=i + 3)
    if name.isdigit() and name.isascii():
        index = int(name)
        if index > pattern.groups:
            raise error("invalid group reference %d" % index, pattern=text, pos=i + 3)
    elif name.isidentifier():
        if name not in pattern.groupindex:
            raise IndexError("unknown group name '%s'" % name)
        index = pattern.groupindex[name]
    else:
        raise error("bad character in group name '%s'" % name, pattern=text, pos=i + 3)
    return index, close + 1


def _add_group(items, literal, index):
    """Ends the literal text so far and adds a group reference after it."""
    items.append("".join(literal))
    items.append(index)
    literal.clear()


def _template_escape(pattern, text, i, items, literal):
    """The escape at text[i]; appends to `items`/`literal`, returns the next position."""
    c = text[i + 1] if i + 1 < len(text) else ""
    if c == "":
        raise error("bad escape (end of pattern)", pattern=text, pos=i)
    if c == "g":
        index, nxt = _template_group(pattern, text, i)
        _add_group(items, literal, index)
        return nxt
    if c in _DIGITS:
        j = i + 1
        if c == "0":
            # \0 then up to two more octal digits: a character.
            j += 1
            while j < len(text) and j < i + 4 and text[j] in _OCT:
                j += 1
            literal.append(chr(int(text[i + 1:j], 8)))
            return j
        if (i + 3 < len(text) and text[i + 1] in _OCT and text[i + 2] in _OCT
                and text[i + 3] in _OCT):
            value = int(text[i + 1:i + 4], 8)
            if value > 0o377:
                raise error("octal escape value \\%s outside of range 0-0o377"
                            % text[i + 1:i + 4], pattern=text, pos=i)
            literal.append(chr(value))
            return i + 4
        j = i + 2
        if j < len(text) and text[j] in _DIGITS:
            j += 1
        index = int(text[i + 1:j])
        if index > pattern.groups:
            raise error("invalid group reference %d" % index, pattern=text, pos=i + 1)
        _add_group(items, literal, index)
        return j
    if c in _ESCAPES:
        literal.append(_ESCAPES[c])
        return i + 2
    if c.isascii() and c.isalpha():
        raise error("bad escape \\%s" % c, pattern=text, pos=i)
    literal.append("\\" + c)
    return i + 2


def _parse_template(pattern, repl):
    """A template as a list alternating literal text and group indexes."""
    is_bytes = isinstance(repl, (bytes, bytearray))
    text = repl.decode("latin-1") if is_bytes else repl
    items = []
    literal = []
    i = 0
    n = len(text)
    while i < n:
        j = text.find("\\", i)
        if j < 0:
            literal.append(text[i:])
            break
        literal.append(text[i:j])
        i = _template_escape(pattern, text, j, items, literal)
    items.append("".join(literal))
    if is_bytes:
        items = [x.encode("latin-1") if isinstance(x, str) else x for x in items]
    return items


def _expand(items, match, empty):
    """Fills a parsed template with the groups of `match`."""
    if len(items) == 1:
        return items[0]
    out = []
    for k in range(len(items)):
        x = items[k]
        if k % 2 == 0:
            out.append(x)
        else:
            g = match.group(x)
            out.append(empty if g is None else g)
    return empty.join(out)


def _fill(items, string, spans, out):
    """Appends a parsed template filled from the group `spans` of a match on
    `string` to `out` (sub's fast path: no Match object is made)."""
    out.append(items[0])
    for k in range(1, len(items), 2):
        g = items[k]
        start = spans[2 * g]
        if start >= 0:
            out.append(string[start:spans[2 * g + 1]])
        out.append(items[k + 1])


# ---------------------------------------------------------------------------
# Pattern and Match
# ---------------------------------------------------------------------------

_MAXSIZE = sys.maxsize
_GenericAlias = type(list[int])


def _generic(cls, item):
    """re.Pattern[str] for annotations."""
    try:
        return _GenericAlias(cls, item)
    except TypeError:
        # Ouro cannot yet make a types.GenericAlias from Python code; the
        # class itself serves annotations equally well.
        return cls


class _Shared:
    """What Pattern and Match share: they are immutable, so a copy is the
    object itself, and X[str] works in annotations."""

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _generic(cls, item)


class Pattern(_Shared):
    """A compiled regular expression."""

    def __init__(self, pattern, flags, code, groups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self._code = code
        self.groups = groups
        self.groupindex = groupindex

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        if not flags:
            return "re.compile(%s)" % text
        return "re.compile(%s, %s)" % (text, _flags_repr(flags))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


    def _run(self, string, pos, endpos, mode):
        spans = _re.exec(self._code, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def _spans(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        """Yields the spans of successive matches, with CPython's rule for
        empty matches: one may follow a non-empty match directly, but after
        an empty match the next one must not be empty at the same place."""
        code = self._code
        mode = 0
        n = 0
        while limit == 0 or n < limit:
            spans = _re.exec(code, string, pos, endpos, mode)
            if spans is None:
                return
            yield spans
            n += 1
            pos = spans[1]
            mode = 4 if spans[0] == spans[1] else 0

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        for spans in self._spans(string, pos, endpos):
            yield Match(self, string, pos, endpos, spans)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        out = []
        groups = self.groups
        empty = string[:0]
        for sp in self._spans(string, pos, endpos):
            if groups == 0:
                out.append(string[sp[0]:sp[1]])
            elif groups == 1:
                out.append(empty if sp[2] < 0 else string[sp[2]:sp[3]])
            else:
                out.append(tuple(empty if sp[2 * g] < 0 else string[sp[2 * g]:sp[2 * g + 1]]
                                 for g in range(1, groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        groups = self.groups
        for sp in self._spans(string, 0, _MAXSIZE, maxsplit):
            out.append(string[last:sp[0]])
            for g in range(1, groups + 1):
                out.append(None if sp[2 * g] < 0 else string[sp[2 * g]:sp[2 * g + 1]])
            last = sp[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        empty = string[:0]
        if callable(repl):
            make = repl
        else:
            # CPython's messages, which come from its join of the pieces.
            if not isinstance(repl, (str, bytes, bytearray)):
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
            if isinstance(repl, str) != isinstance(self.pattern, str):
                if isinstance(repl, str):
                    raise TypeError("sequence item 0: expected a bytes-like object, str found")
                raise TypeError("sequence item 0: expected str instance, %s found"
                                % type(repl).__name__)
            items = _parse_template(self, repl)
            make = None
        pieces = []
        last = 0
        n = 0
        for sp in self._spans(string, 0, _MAXSIZE, count):
            if last < sp[0]:
                pieces.append(string[last:sp[0]])
            if make is None:
                _fill(items, string, sp, pieces)
            else:
                piece = make(Match(self, string, 0, _MAXSIZE, sp))
                if piece is not None:  # None counts as empty, as in CPython
                    pieces.append(piece)
            last = sp[1]
            n += 1
        if n == 0:
            return string, 0
        pieces.append(string[last:])
        return empty.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not supported")


class Match(_Shared):
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, spans):
        n = len(string)
        self.re = pattern
        self.string = string
        # Groups of a bytearray (or other buffer) subject are bytes.
        self._text = string if isinstance(string, (str, bytes)) else bytes(string)
        self.pos = min(max(pos, 0), n)
        self.endpos = min(max(endpos, 0), n)
        self._spans = spans

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[0], self._spans[1], repr(self.group(0))[:50])

    def __bool__(self):
        return True


    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            index = self.re.groupindex.get(g)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _group(self, index, default=None):
        s = self._spans[2 * index]
        if s < 0:
            return default
        return self._text[s:self._spans[2 * index + 1]]

    def group(self, *args):
        if not args:
            return self._group(0)
        if len(args) == 1:
            return self._group(self._index(args[0]))
        return tuple(self._group(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1])
                     for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The group that closed last: the latest end; among groups ending
        # there, an enclosing group closes after the ones inside it, and of
        # two side by side the later one closes last.
        spans = self._spans
        best = None
        parents = _group_parents(self.re)
        for g in range(1, self.re.groups + 1):
            if spans[2 * g] < 0:
                continue
            if best is None or spans[2 * g + 1] > spans[2 * best + 1]:
                best = g
            elif spans[2 * g + 1] == spans[2 * best + 1] and not _is_inside(parents, g, best):
                best = g
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    def expand(self, template):
        return _expand(_parse_template(self.re, template), self, self._text[:0])


def _group_parents(pattern):
    """For each capturing group, the capturing group around it (0 for none)."""
    text = pattern.pattern
    if isinstance(text, (bytes, bytearray)):
        text = text.decode("latin-1")
    parents = [0]
    stack = [0]
    i = 0
    n = len(text)
    in_class = False
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if text[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            if text[i + 1:i + 2] != "?" or text[i + 2:i + 4] == "P<":
                parents.append(stack[-1])
                stack.append(len(parents) - 1)
            else:
                stack.append(stack[-1])
        elif c == ")" and len(stack) > 1:
            stack.pop()
        i += 1
    return parents


def _is_inside(parents, inner, outer):
    """True when group `inner` lies inside group `outer`."""
    while inner:
        inner = parents[inner] if inner < len(parents) else 0
        if inner == outer:
            return True
    return False


# ---------------------------------------------------------------------------
# Compiling, with a cache
# ---------------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    elif flags & UNICODE:
        raise ValueError("cannot use UNICODE flag with a bytes pattern")
    result = _re.compile(pattern, flags)
    if len(result) == 2:
        raise error(result[0], pattern=pattern, pos=result[1])
    code, groups, groupindex, flags = result
    if isinstance(pattern, str) and not flags & 256:
        flags |= 32  # a plain int, as in CPython
    p = Pattern(pattern, flags, code, groups, groupindex)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = pattern.decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")
