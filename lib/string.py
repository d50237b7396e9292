"""Common string constants and Template, written in Python for Ouro."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

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
