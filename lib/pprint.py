"""Pretty-printing of Python data structures, with the output of CPython
3.11's pprint: objects whose repr fits in the remaining width print as
repr() does (dicts with sorted keys); longer containers break one item per
line, long strings and bytes into adjacent literals."""

import sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print `object` to `stream` (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of `object`."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() that keeps dicts in insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that survives recursive structures."""
    return PrettyPrinter()._describe(object, {}, None, 0)[0]


def isreadable(object):
    """Whether eval(saferepr(object)) would rebuild it."""
    return PrettyPrinter()._describe(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether `object` contains itself."""
    return PrettyPrinter()._describe(object, {}, None, 0)[2]


class _Ordered:
    """Sort key that orders values of mixed, unorderable types: first by
    their own order, failing that by type name and id, as CPython does."""

    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _pair_key(pair):
    return (_Ordered(pair[0]), _Ordered(pair[1]))


class _Text:
    """A tiny write-only text buffer."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return "".join(self.parts)


_SCALARS = (str, bytes, bytearray, int, float, complex, bool, type(None))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else sys.stdout
        if stream is not None:
            self._format(object, stream, 0, 0, {}, 0)
            stream.write("\n")

    def pformat(self, object):
        out = _Text()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of `object`; subclasses may override
        it to change how single objects are shown."""
        return self._describe(object, context, maxlevels, level)

    # -- laying out -----------------------------------------------------
    def _format(self, obj, stream, indent, allowance, context, level):
        key = id(obj)
        if key in context:
            stream.write(_recursion(obj))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(obj, context, level)
        room = self._width - indent - allowance
        if len(text) > room:
            layout = self._layouts.get(type(obj).__repr__)
            if layout is not None:
                context[key] = 1
                layout(self, obj, stream, indent, allowance, context, level + 1)
                del context[key]
                return
            if _is_dataclass_instance(obj):
                context[key] = 1
                self._pprint_dataclass(obj, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _repr(self, obj, context, level):
        text, readable, recursive = self.format(obj, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _items_block(self, items, stream, indent, allowance, context, level):
        """Items separated by ',' and a newline each (or packed into lines
        when compact), the last one leaving `allowance` columns free."""
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * " ")
        newline = ",\n" + " " * indent
        sep = ""
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if width < need:
                    width = max_width
                    if sep:
                        sep = newline
                if width >= need:
                    width -= need
                    write(sep)
                    sep = ", "
                    write(text)
                    continue
            write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _pairs_block(self, pairs, stream, indent, allowance, context, level):
        """`key: value` lines of a mapping."""
        write = stream.write
        indent += self._indent_per_level
        newline = ",\n" + " " * indent
        for i, (key, value) in enumerate(pairs):
            last = i == len(pairs) - 1
            text = self._repr(key, context, level)
            write(text)
            write(": ")
            self._format(value, stream, indent + len(text) + 2, allowance if last else 1,
                         context, level)
            if not last:
                write(newline)

    def _sorted_items(self, mapping):
        items = list(mapping.items())
        if self._sort_dicts:
            items.sort(key=_pair_key)
        return items

    # -- one layout per container type ----------------------------------
    def _pprint_dict(self, obj, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if obj:
            self._pairs_block(self._sorted_items(obj), stream, indent, allowance + 1, context,
                              level)
        stream.write("}")

    def _pprint_ordered_dict(self, obj, stream, indent, allowance, context, level):
        if not obj:
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        stream.write(name + "(")
        self._format(list(obj.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(")")

    def _pprint_list(self, obj, stream, indent, allowance, context, level):
        stream.write("[")
        self._items_block(obj, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, obj, stream, indent, allowance, context, level):
        stream.write("(")
        end = ",)" if len(obj) == 1 else ")"
        self._items_block(obj, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_set(self, obj, stream, indent, allowance, context, level):
        if not obj:
            stream.write(repr(obj))
            return
        cls = obj.__class__
        if cls is set:
            stream.write("{")
            end = "}"
        else:
            stream.write(cls.__name__ + "({")
            end = "})"
            indent += len(cls.__name__) + 1
        items = sorted(obj, key=_Ordered)
        self._items_block(items, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_str(self, obj, stream, indent, allowance, context, level):
        if not obj:
            stream.write(repr(obj))
            return
        pieces = []
        lines = obj.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room = first_room = self._width - indent
        text = repr(obj)
        for i, line in enumerate(lines):
            text = repr(line)
            if i == len(lines) - 1:
                first_room -= allowance
            if len(text) <= first_room:
                pieces.append(text)
                continue
            words = _words(line)
            line_room = room
            current = ""
            for j, word in enumerate(words):
                candidate = current + word
                if j == len(words) - 1 and i == len(lines) - 1:
                    line_room -= allowance
                if len(repr(candidate)) > line_room:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        self._write_pieces(pieces, text, stream, indent, level)

    def _pprint_bytes(self, obj, stream, indent, allowance, context, level):
        if len(obj) <= 4:
            stream.write(repr(obj))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write("(")
        sep = ""
        for piece in _bytes_pieces(obj, self._width - indent, allowance):
            stream.write(sep)
            stream.write(piece)
            if not sep:
                sep = "\n" + " " * indent
        if parens:
            stream.write(")")

    def _pprint_bytearray(self, obj, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(obj), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(")")

    def _write_pieces(self, pieces, whole, stream, indent, level):
        if len(pieces) == 1:
            stream.write(whole)
            return
        if level == 1:
            stream.write("(")
        for i, piece in enumerate(pieces):
            if i:
                stream.write("\n" + " " * indent)
            stream.write(piece)
        if level == 1:
            stream.write(")")

    def _pprint_default_dict(self, obj, stream, indent, allowance, context, level):
        if not obj:
            stream.write(repr(obj))
            return
        factory = self._repr(obj.default_factory, context, level)
        name = obj.__class__.__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(obj, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, obj, stream, indent, allowance, context, level):
        if not obj:
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        self._pairs_block(obj.most_common(), stream, indent + len(name) + 1, allowance + 2,
                          context, level)
        stream.write("})")

    def _pprint_chain_map(self, obj, stream, indent, allowance, context, level):
        if not len(obj.maps):
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        for i, m in enumerate(obj.maps):
            if i == len(obj.maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(")")
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    def _pprint_deque(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        stream.write("[")
        if obj.maxlen is None:
            self._items_block(obj, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._items_block(obj, stream, indent, 2, context, level)
            limit = self._repr(obj.maxlen, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, limit))

    def _pprint_simplenamespace(self, obj, stream, indent, allowance, context, level):
        name = "namespace" if type(obj).__name__ == "SimpleNamespace" else obj.__class__.__name__
        self._keywords_call(name, list(obj.__dict__.items()), stream, indent, allowance,
                            context, level)

    def _pprint_dataclass(self, obj, stream, indent, allowance, context, level):
        import dataclasses
        pairs = [(f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.repr]
        self._keywords_call(obj.__class__.__qualname__, pairs, stream, indent, allowance,
                            context, level)

    def _keywords_call(self, name, pairs, stream, indent, allowance, context, level):
        """name(key=value,\\n     key=value) for namespaces and dataclasses."""
        stream.write(name + "(")
        indent += len(name) + 1
        newline = ",\n" + " " * indent
        for i, (key, value) in enumerate(pairs):
            last = i == len(pairs) - 1
            stream.write(key)
            stream.write("=")
            if id(value) in context:
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(newline)
        stream.write(")")

    # -- repr of one object ----------------------------------------------
    def _describe(self, obj, context, maxlevels, level):
        cls = type(obj)
        if cls in _SCALARS:
            if cls is int and self._underscore_numbers:
                return f"{obj:_d}", True, False
            return repr(obj), True, False
        kind = None
        if issubclass(cls, dict) and cls.__repr__ is dict.__repr__:
            kind = "dict"
        elif issubclass(cls, list) and cls.__repr__ is list.__repr__:
            kind = "list"
        elif issubclass(cls, tuple) and cls.__repr__ is tuple.__repr__:
            kind = "tuple"
        if kind is None:
            text = repr(obj)
            return text, bool(text) and not text.startswith("<"), False
        if not obj:
            return {"dict": "{}", "list": "[]", "tuple": "()"}[kind], True, False
        key = id(obj)
        if maxlevels and level >= maxlevels:
            short = {"dict": "{...}", "list": "[...]", "tuple": "(...)"}[kind]
            if kind == "tuple" and len(obj) == 1:
                short = "(...,)"
            return short, False, key in context
        if key in context:
            return _recursion(obj), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        level += 1
        if kind == "dict":
            items = self._sorted_items(obj) if self._sort_dicts else list(obj.items())
            for k, v in items:
                ktext, kreadable, krec = self.format(k, context, maxlevels, level)
                vtext, vreadable, vrec = self.format(v, context, maxlevels, level)
                parts.append("%s: %s" % (ktext, vtext))
                readable = readable and kreadable and vreadable
                recursive = recursive or krec or vrec
        else:
            for item in obj:
                text, ireadable, irec = self.format(item, context, maxlevels, level)
                parts.append(text)
                readable = readable and ireadable
                recursive = recursive or irec
        del context[key]
        if kind == "dict":
            return "{%s}" % ", ".join(parts), readable, recursive
        if kind == "list":
            return "[%s]" % ", ".join(parts), readable, recursive
        if len(parts) == 1:
            return "(%s,)" % parts[0], readable, recursive
        return "(%s)" % ", ".join(parts), readable, recursive

    _layouts = {}


def _recursion(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


def _is_dataclass_instance(obj):
    # Dataclass instances whose repr is the generated one get the
    # keyword layout.
    params = getattr(type(obj), "__dataclass_params__", None)
    return (params is not None and not isinstance(obj, type) and
            getattr(params, "repr", False))


def _words(line):
    """The line split after each run of whitespace: 'ab  cd e' gives
    ['ab  ', 'cd ', 'e']."""
    words = []
    current = ""
    for ch in line:
        if current and not ch.isspace() and current[-1].isspace():
            words.append(current)
            current = ""
        current += ch
    if current:
        words.append(current)
    return words


def _bytes_pieces(obj, width, allowance):
    """bytes literals of 4-byte groups, each at most `width` wide (the
    last leaving `allowance`)."""
    current = b""
    last = len(obj) // 4 * 4
    for i in range(0, len(obj), 4):
        part = obj[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


def _register_layouts():
    table = PrettyPrinter._layouts
    P = PrettyPrinter
    table[dict.__repr__] = P._pprint_dict
    table[list.__repr__] = P._pprint_list
    table[tuple.__repr__] = P._pprint_tuple
    table[set.__repr__] = P._pprint_set
    table[frozenset.__repr__] = P._pprint_set
    table[str.__repr__] = P._pprint_str
    table[bytes.__repr__] = P._pprint_bytes
    table[bytearray.__repr__] = P._pprint_bytearray
    try:
        import collections
    except ImportError:
        return
    table[collections.OrderedDict.__repr__] = P._pprint_ordered_dict
    table[collections.defaultdict.__repr__] = P._pprint_default_dict
    table[collections.Counter.__repr__] = P._pprint_counter
    table[collections.ChainMap.__repr__] = P._pprint_chain_map
    table[collections.deque.__repr__] = P._pprint_deque
    try:
        import types
        table[types.SimpleNamespace.__repr__] = P._pprint_simplenamespace
    except (ImportError, AttributeError):
        pass


_register_layouts()
