"""Common string constants and Template, written in Python for Ouro."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(ch):
    return ch == '_' or ('a' <= ch.lower() <= 'z')


def _is_ident_char(ch):
    return _is_ident_start(ch) or '0' <= ch <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        # One pass over the template: $$, $name, ${name}, else invalid.
        s = self.template
        out = []
        i = 0
        n = len(s)
        delim = self.delimiter
        while i < n:
            j = s.find(delim, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(delim)
            if s.startswith(delim, k):
                out.append(delim)
                i = k + len(delim)
                continue
            name = None
            end = k
            if k < n and s[k] == '{':
                m = k + 1
                while m < n and _is_ident_char(s[m]):
                    m += 1
                if m > k + 1 and m < n and s[m] == '}' and \
                        _is_ident_start(s[k + 1]):
                    name = s[k + 1:m]
                    end = m + 1
            elif k < n and _is_ident_start(s[k]):
                m = k
                while m < n and _is_ident_char(s[m]):
                    m += 1
                name = s[k:m]
                end = m
            if name is None:
                if safe:
                    out.append(delim)
                    i = k
                    continue
                lineno = s.count('\n', 0, j) + 1
                colno = j - (s.rfind('\n', 0, j) + 1) + 1
                raise ValueError('Invalid placeholder in string: line %d, '
                                 'col %d' % (lineno, colno))
            if safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(s[j:end])
            else:
                out.append(str(mapping[name]))
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged


class Formatter:
    """str.format() as a class whose steps (parse, get_field, get_value,
    convert_field, format_field) subclasses can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # auto_arg_index is False once a field was numbered by hand.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The spec may hold fields of its own ('{:{width}}').
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}"
                         .format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _parse_format(s):
    out = []
    literal = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                out.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            literal.append('{')
            out.append((''.join(literal), None, None, None))
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        name, spec, conversion, i = _parse_field(s, i + 1)
        out.append((''.join(literal), name, spec, conversion))
        literal = []
    if literal:
        out.append((''.join(literal), None, None, None))
    return out


def _parse_field(s, i):
    # s[i:] follows '{': returns (name, spec, conversion, index after the
    # closing '}'), with the error messages of CPython's own parser.
    n = len(s)
    start = i
    while i < n and s[i] not in '}:!':
        if s[i] == '[':
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                break
        elif s[i] == '{':
            raise ValueError("unexpected '{' in field name")
        i += 1
    if i >= n:
        raise ValueError("expected '}' before end of string")
    name = s[start:i]
    conversion = None
    if s[i] == '!':
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion "
                             "specifier")
        conversion = s[i + 1]
        i += 2
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        if s[i] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    if s[i] == '}':
        return name, '', conversion, i + 1
    # A spec: nested fields may open and close braces.
    i += 1
    start = i
    depth = 1
    while i < n:
        if s[i] == '{':
            depth += 1
        elif s[i] == '}':
            depth -= 1
            if depth == 0:
                return name, s[start:i], conversion, i + 1
        i += 1
    raise ValueError("unmatched '{' in format spec")


def _field_name_split(name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); digit keys are ints.
    i, n = 0, len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    return first, _field_name_rest(name, i)


def _field_name_rest(name, i):
    # Lazy, as in CPython: errors in the rest come after the first lookup.
    n = len(name)
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield True, attr
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            yield False, int(key) if key.isdigit() else key
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")
