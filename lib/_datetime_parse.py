"""Text to fields for the datetime module (lib/datetime.py): the ISO 8601
formats that CPython 3.11's fromisoformat accepts, and strptime's
directives. The functions return plain tuples of numbers; datetime builds
the objects, so that range errors come from its constructors. datetime
imports this module on first use."""

import time as _time

from datetime import (_DAYNAMES, _FULL_DAYNAMES, _FULL_MONTHNAMES, _MONTHNAMES,
                      _isocalendar_to_ymd, _ord2ymd, _ymd2ord)


class ParseError(Exception):
    """The text does not have the expected shape (a private signal)."""


def try_parse(parser, text):
    # The parser's fields, or None when `text` has the wrong shape; range
    # errors (hour 24, day 30 of February) are left to the constructors.
    try:
        return parser(text)
    except ParseError:
        return None


def _digits(s, pos, n):
    part = s[pos:pos + n]
    if len(part) != n:
        raise ParseError
    for c in part:
        if c not in '0123456789':
            raise ParseError
    return int(part)


def parse_isoformat_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]
    year = _digits(s, 0, 4)
    ext = s[4:5] == '-'
    pos = 5 if ext else 4
    if s[pos:pos + 1] == 'W':
        week = _digits(s, pos + 1, 2)
        pos += 3
        day = 1
        if len(s) > pos:
            if ext:
                if s[pos] != '-':
                    raise ParseError
                pos += 1
            day = _digits(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise ParseError
        try:
            return _isocalendar_to_ymd(year, week, day)
        except ValueError:
            raise ParseError from None
    month = _digits(s, pos, 2)
    pos += 2
    if ext:
        if s[pos:pos + 1] != '-':
            raise ParseError
        pos += 1
    day = _digits(s, pos, 2)
    if pos + 2 != len(s):
        raise ParseError
    return year, month, day


def _parse_hh_mm_ss_ff(s):
    # HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]]; fractions past 6 digits are cut.
    fields = [_digits(s, 0, 2), 0, 0]
    pos = 2
    ext = None
    n = 1
    while n < 3 and pos < len(s) and s[pos] not in '.,':
        colon = s[pos] == ':'
        if ext is not None and colon != ext:
            raise ParseError
        ext = colon
        pos += colon
        fields[n] = _digits(s, pos, 2)
        pos += 2
        n += 1
    us = 0
    if pos < len(s):
        if n != 3 or s[pos] not in '.,':
            raise ParseError
        frac = s[pos + 1:]
        _digits(frac, 0, len(frac) or 1)
        us = int((frac[:6] + '00000')[:6])
    return fields[0], fields[1], fields[2], us


def parse_isoformat_time(s):
    # Time, then Z or a [+-] offset: (hh, mm, ss, us, offset fields or None).
    tzpos = len(s)
    for i in range(len(s)):
        if s[i] in '+-Z':
            tzpos = i
            break
    hh, mm, ss, us = _parse_hh_mm_ss_ff(s[:tzpos])
    tz = None
    rest = s[tzpos:]
    if rest == 'Z':
        tz = (1, 0, 0, 0, 0)
    elif rest:
        if rest[0] == 'Z':
            raise ParseError
        body = _parse_hh_mm_ss_ff(rest[1:])
        tz = (-1 if rest[0] == '-' else 1,) + body
    return hh, mm, ss, us, tz


def _isoformat_date_len(s):
    if len(s) < 7:
        raise ParseError
    if s[4] == '-':
        if s[5] == 'W':
            return 10 if len(s) > 8 and s[8] == '-' else 8
        return 10
    if s[4] == 'W':
        return 8 if len(s) > 7 and s[7] in '0123456789' else 7
    return 8


def parse_isoformat_datetime(s):
    n = _isoformat_date_len(s)
    ymd = parse_isoformat_date(s[:n])
    if len(s) == n:
        return ymd
    return ymd + parse_isoformat_time(s[n + 1:])


# strptime's numeric directives: (most digits, least digits, lowest, highest).
_NUMERIC = {'d': (2, 1, 1, 31), 'm': (2, 1, 1, 12), 'H': (2, 1, 0, 23),
            'I': (2, 1, 1, 12), 'M': (2, 1, 0, 59), 'S': (2, 1, 0, 61),
            'j': (3, 1, 1, 366), 'f': (6, 1, 0, 999999), 'U': (2, 1, 0, 53),
            'W': (2, 1, 0, 53), 'w': (1, 1, 0, 6), 'y': (2, 2, 0, 99),
            'Y': (4, 4, 0, 9999)}
_NAMED = {'a': _DAYNAMES, 'A': _FULL_DAYNAMES, 'b': _MONTHNAMES[1:],
          'B': _FULL_MONTHNAMES[1:], 'p': ['AM', 'PM']}
_STRPTIME_DIRECTIVES = '%zZ' + ''.join(_NUMERIC) + ''.join(_NAMED)


def _check_strptime_format(fmt):
    i = 0
    while i < len(fmt):
        if fmt[i] == '%':
            if i + 1 == len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            if d not in _STRPTIME_DIRECTIVES:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            i += 1
        i += 1


def _match_number(data, pos, spec):
    most, least, lo, hi = spec
    n = 0
    while n < most and pos + n < len(data) and data[pos + n] in '0123456789':
        n += 1
    # Like the regex alternatives: the longest run of digits that is in range.
    while n >= least and n > 0:
        v = int(data[pos:pos + n])
        if lo <= v <= hi:
            return v, pos + n
        n -= 1
    raise ParseError


def _match_name(data, pos, names):
    best = -1
    for k in range(len(names)):
        name = names[k]
        if data[pos:pos + len(name)].lower() == name.lower():
            if best < 0 or len(name) > len(names[best]):
                best = k
    if best < 0:
        raise ParseError
    return best, pos + len(names[best])


def _match_offset(data, pos):
    # Z, or [+-]HH[:]MM[[:]SS[.ffffff]]
    if data[pos:pos + 1] == 'Z':
        return (1, 0, 0, 0, 0), pos + 1
    if data[pos:pos + 1] not in ('+', '-'):
        raise ParseError
    sign = -1 if data[pos] == '-' else 1
    hh = _digits(data, pos + 1, 2)
    pos += 3
    colon = data[pos:pos + 1] == ':'
    pos += colon
    mm = _digits(data, pos, 2)
    pos += 2
    ss = us = 0
    if (not colon or data[pos:pos + 1] == ':') and \
            try_parse(lambda text: _digits(text, pos + colon, 2), data) is not None:
        pos += colon
        ss = _digits(data, pos, 2)
        pos += 2
        if data[pos:pos + 1] == '.':
            us = _digits(data, pos + 1, 6)
            pos += 7
    return (sign, hh, mm, ss, us), pos


def _scan(data, fmt):
    # Matches `data` against `fmt`: a dict of directive -> value and the end.
    found = {}
    pos = 0
    i = 0
    while i < len(fmt):
        c = fmt[i]
        i += 1
        if c == '%' and fmt[i] != '%':
            d = fmt[i]
            i += 1
            if d in _NUMERIC:
                start = pos
                found[d], pos = _match_number(data, pos, _NUMERIC[d])
                if d == 'f':
                    found[d] = int((data[start:pos] + '00000')[:6])
            elif d in _NAMED:
                found[d], pos = _match_name(data, pos, _NAMED[d])
            elif d == 'z':
                found[d], pos = _match_offset(data, pos)
            else:
                # %Z keeps the zone name as written ('utc' stays lower-case).
                start = pos
                _, pos = _match_name(data, pos, _tz_names())
                found[d] = data[start:pos]
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            start = pos
            while pos < len(data) and data[pos].isspace():
                pos += 1
            if pos == start:
                raise ParseError
        else:
            if c == '%':
                i += 1
            if data[pos:pos + 1].lower() != c.lower():
                raise ParseError
            pos += 1
    return found, pos


def _tz_names():
    names = ['UTC', 'GMT']
    for name in _time.tzname:
        if name not in names:
            names.append(name)
    return names


def strptime_fields(data, fmt):
    if not isinstance(data, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % type(fmt).__name__)
    _check_strptime_format(fmt)
    try:
        found, end = _scan(data, fmt)
    except ParseError:
        found = None
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data, fmt))
    if end != len(data):
        raise ValueError('unconverted data remains: %s' % data[end:])
    year = found.get('Y', 1900)
    if 'y' in found:
        year = found['y'] + (2000 if found['y'] < 69 else 1900)
    month = 1
    if 'm' in found:
        month = found['m']
    elif 'B' in found or 'b' in found:
        month = found.get('B', found.get('b')) + 1
    day = found.get('d', 1)
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I'] % 12
        if found.get('p') == 1:
            hour += 12
    if 'j' in found:
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + found['j'] - 1)
    # The zone: the offset's fields (or None), and the name %Z matched.
    return (year, month, day, hour, found.get('M', 0), found.get('S', 0),
            found.get('f', 0), found.get('z'), found.get('Z'))
