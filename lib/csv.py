"""CSV file reading and writing (reader, writer, DictReader, DictWriter,
dialects), written in Python for Ouro."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', 'excel', 'excel_tab', 'unix_dialect',
           'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'unregister_dialect',
           'DictReader', 'DictWriter']

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

__version__ = '1.0'

_field_limit = 128 * 1024


class Error(Exception):
    pass


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, '
                        'got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


class Dialect:
    """Describes a CSV dialect; subclasses set the class attributes."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ is not Dialect:
            self._valid = True
        _Params(self, {})


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
    strict = False


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL
    strict = False


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def _char_param(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s'
                        % (name, type(value).__name__) if allow_none else
                        '"%s" must be string, not %s'
                        % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Params:
    """The checked parameters of one reader or writer."""

    def __init__(self, dialect, kwds):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in kwds:
                return kwds[name]
            v = getattr(dialect, name, None) if dialect is not None else None
            return default if v is None else v

        for k in kwds:
            if k not in _PARAM_NAMES:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % k)
        self.delimiter = _char_param('delimiter', pick('delimiter', ','),
                                     False)
        self.doublequote = bool(pick('doublequote', True))
        self.escapechar = _char_param('escapechar',
                                      pick('escapechar', None), True)
        self.lineterminator = pick('lineterminator', '\r\n')
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.quoting = pick('quoting', QUOTE_MINIMAL)
        if self.quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        qc = pick('quotechar', '"')
        if 'quotechar' in kwds and kwds['quotechar'] is None:
            qc = None
        self.quotechar = _char_param('quotechar', qc, True)
        self.skipinitialspace = bool(pick('skipinitialspace', False))
        self.strict = bool(pick('strict', False))


_PARAM_NAMES = ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                'skipinitialspace', 'lineterminator', 'quoting', 'strict')


class _DialectView:
    """The `dialect` attribute of readers and writers."""

    def __init__(self, p):
        for name in _PARAM_NAMES:
            setattr(self, name, getattr(p, name))


def register_dialect(name, dialect=None, **kwds):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    base = dialect
    p = _Params(base, kwds)

    class _Registered(Dialect):
        pass
    for n in _PARAM_NAMES:
        setattr(_Registered, n, getattr(p, n))
    _dialects[name] = _Registered


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


# The states of the reader, as in the C original.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL) = range(8)


class _Reader:
    """Iterates over the rows of an iterable of lines."""

    def __init__(self, lines, p):
        self._lines = iter(lines)
        self._p = p
        self.dialect = _DialectView(p)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        if len(field) > _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        if self._numeric and field:
            field = float(field)
        self._fields.append(field)
        self._field = []
        self._numeric = False

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self._p.strict:
                        raise Error('unexpected end of data') from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the '
                            'file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            if self._end_of_line():
                break
        return self._fields

    def _end_of_line(self):
        # True when the record is complete at the end of a line.
        st = self._state
        if st in (_START_RECORD, _EAT_CRNL):
            return True
        if st in (_START_FIELD, _IN_FIELD, _QUOTE_IN_QUOTED_FIELD):
            self._save_field()
            return True
        if st == _ESCAPED_CHAR:
            self._field.append('\n')
            self._state = _IN_FIELD
        elif st == _ESCAPE_IN_QUOTED_FIELD:
            self._field.append('\n')
            self._state = _IN_QUOTED_FIELD
        return False

    def _process(self, c):
        p = self._p
        st = self._state
        if st == _START_RECORD:
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            st = self._state = _START_FIELD
        if st == _START_FIELD:
            if c == '\n' or c == '\r':
                self._save_field()
                self._state = _EAT_CRNL
            elif c == p.quotechar and p.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == p.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and p.skipinitialspace:
                pass
            elif c == p.delimiter:
                self._save_field()
            else:
                self._numeric = p.quoting == QUOTE_NONNUMERIC
                self._field.append(c)
                self._state = _IN_FIELD
        elif st == _ESCAPED_CHAR:
            self._field.append(c)
            self._state = _IN_FIELD
        elif st == _IN_FIELD:
            if c == '\n' or c == '\r':
                self._save_field()
                self._state = _EAT_CRNL
            elif c == p.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == p.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._field.append(c)
        elif st == _IN_QUOTED_FIELD:
            if c == p.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == p.quotechar and p.quoting != QUOTE_NONE:
                self._state = (_QUOTE_IN_QUOTED_FIELD if p.doublequote
                               else _IN_FIELD)
            else:
                self._field.append(c)
        elif st == _ESCAPE_IN_QUOTED_FIELD:
            self._field.append(c)
            self._state = _IN_QUOTED_FIELD
        elif st == _QUOTE_IN_QUOTED_FIELD:
            if p.quoting != QUOTE_NONE and c == p.quotechar:
                self._field.append(c)
                self._state = _IN_QUOTED_FIELD
            elif c == p.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c == '\n' or c == '\r':
                self._save_field()
                self._state = _EAT_CRNL
            elif not p.strict:
                self._field.append(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'"
                            % (p.delimiter, p.quotechar))
        elif st == _EAT_CRNL:
            if c != '\n' and c != '\r':
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


def reader(csvfile, dialect='excel', **fmtparams):
    """Returns an iterator over the rows (lists of str) of `csvfile`."""
    return _Reader(csvfile, _Params(dialect, fmtparams))


class _Writer:
    """Writes rows to an object with a write(str) method."""

    def __init__(self, f, p):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self._p = p
        self.dialect = _DialectView(p)

    def _quote_field(self, field, quoted, out):
        p = self._p
        specials = (p.delimiter, p.escapechar, p.quotechar, '\n', '\r')
        buf = []
        for c in field:
            if c in specials or c in p.lineterminator:
                want_escape = False
                if p.quoting == QUOTE_NONE or p.quotechar is None:
                    want_escape = True
                elif c == p.quotechar:
                    if p.doublequote:
                        buf.append(c)
                    else:
                        want_escape = True
                elif c == p.escapechar:
                    want_escape = True
                if not want_escape:
                    quoted = True
                else:
                    if p.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    buf.append(p.escapechar)
            buf.append(c)
        if quoted:
            out.append(p.quotechar + ''.join(buf) + p.quotechar)
        else:
            out.append(''.join(buf))

    def writerow(self, row):
        p = self._p
        try:
            fields = list(row)
        except TypeError:
            raise Error('iterable expected, not %s'
                        % type(row).__name__) from None
        out = []
        for field in fields:
            if p.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex))
            else:
                quoted = p.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._quote_field(text, quoted, out)
        if len(fields) == 1 and out[0] == '':
            if p.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out[0] = p.quotechar * 2
        return self._write(p.delimiter.join(out) + p.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """Returns a writer of rows to `csvfile` (anything with write(str))."""
    return _Writer(csvfile, _Params(dialect, fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # Blank lines are skipped.
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                 dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
