"""Dates and times, written in Python for Ouro: timedelta, date, time,
datetime, tzinfo and timezone, with CPython 3.11's behaviour, reprs and
error messages (docs/modules.md lists the differences). The text parsers
of fromisoformat and strptime are in _datetime_parse.py."""

import time as _time
from operator import index as _index

__all__ = ['date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC']

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163        # date(1970, 1, 1).toordinal()
_US_PER_DAY = 86400 * 1000000

# Index 0 is a placeholder so that month numbers index directly.
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_n = 0
for _d in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _d
del _n, _d

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULL_MONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May',
                    'June', 'July', 'August', 'September', 'October',
                    'November', 'December']
_FULL_DAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
                  'Saturday', 'Sunday']


# --- The proleptic Gregorian calendar: day 1 is 0001-01-01.

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # Whole 400-year cycles (146097 days) first, then 100-, 4- and 1-year
    # runs; the last year of a 4-year run (and of a 400-year cycle) is the
    # leap year, which is why a count of 4 means "the last day of the run".
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while month < 12 and _days_before_month(year, month + 1) <= n:
        month += 1
    return year, month, n - _days_before_month(year, month) + 1


def _iso_week1_monday(year):
    # ISO week 1 is the week holding the year's first Thursday.
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _divide_and_round(a, b):
    # a / b rounded half to even, exactly (ints of any size).
    if b < 0:
        a, b = -a, -b
    q, r = divmod(a, b)
    r2 = r * 2
    if r2 > b or (r2 == b and q % 2 == 1):
        q += 1
    return q


# --- Argument checks with CPython's messages.

def _check_int(value):
    if isinstance(value, int):
        return value
    return _index(value)


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _check_offset(name, offset):
    # The result of utcoffset()/dst(): None or a timedelta within a day.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                         % offset)
    return offset


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _cmp_result(c, op):
    if op == 0:
        return c == 0
    if op == 1:
        return c != 0
    if op == 2:
        return c < 0
    if op == 3:
        return c <= 0
    if op == 4:
        return c > 0
    return c >= 0


def _comparison(op):
    def compare(self, other):
        return self._compare(other, op)
    return compare


class _Ordered:
    """The six comparisons, through the class's _compare(other, op), where
    op numbers ==, !=, <, <=, >, >= from 0 (the order _cmp_result knows)."""

    __slots__ = ()
    __eq__ = _comparison(0)
    __ne__ = _comparison(1)
    __lt__ = _comparison(2)
    __le__ = _comparison(3)
    __gt__ = _comparison(4)
    __ge__ = _comparison(5)


def _format_offset(off, sep):
    # +HH<sep>MM, then <sep>SS and .ffffff only when they are not zero.
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _wrap_strftime(obj, fmt, timetuple):
    # %f, %z and %Z need the object; the C library's strftime does the rest.
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % type(fmt).__name__)
    parts = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i == n:
            parts.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == 'f':
            parts.append('%06d' % getattr(obj, 'microsecond', 0))
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            parts.append(_format_offset(off, ''))
        elif ch == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            parts.append('' if name is None else name.replace('%', '%%'))
        else:
            parts.append('%' + ch)
    return _time.strftime(''.join(parts), timetuple)


def _format_with(self, fmt):
    # __format__ of date, time and datetime: strftime, or str() when empty.
    if not isinstance(fmt, str):
        raise TypeError('must be str, not %s' % type(fmt).__name__)
    if len(fmt) != 0:
        return self.strftime(fmt)
    return str(self)


def _replaced(new, old):
    # replace()'s fields: each given value, or the old one where None.
    return [o if n is None else n for n, o in zip(new, old)]


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


def _new(cls):
    return object.__new__(cls)


# --- timedelta

# The microseconds of each keyword of timedelta(), in the signature's order.
_TD_UNITS = (('days', _US_PER_DAY), ('seconds', 1000000), ('microseconds', 1),
             ('milliseconds', 1000), ('minutes', 60000000),
             ('hours', 3600000000), ('weeks', 7 * _US_PER_DAY))


def _td_from_us(us, cls=None):
    # A timedelta of `us` microseconds, normalized as CPython stores it:
    # 0 <= seconds < 86400, 0 <= microseconds < 10**6, days takes the sign.
    days, rest = divmod(us, _US_PER_DAY)
    if not -999999999 <= days <= 999999999:
        raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
    self = _new(timedelta if cls is None else cls)
    self._days = days
    self._seconds, self._microseconds = divmod(rest, 1000000)
    self._hashcode = -1
    return self


class timedelta(_Ordered):
    """Difference between two datetime values."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        values = (days, seconds, microseconds, milliseconds, minutes, hours,
                  weeks)
        # Sum exactly as a fraction num/den (float parts are dyadic), then
        # round half to even once, as CPython's careful algorithm does.
        num, den = 0, 1
        for k in range(7):
            v = values[k]
            name, factor = _TD_UNITS[k]
            if isinstance(v, int):
                n, d = v, 1
            elif isinstance(v, float):
                n, d = v.as_integer_ratio()
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(v).__name__))
            num = num * d + n * factor * den
            den *= d
        return _td_from_us(_divide_and_round(num, den), cls)

    days = property(lambda self: self._days, doc='Number of days.')
    seconds = property(lambda self: self._seconds,
                       doc='Number of seconds (>= 0 and less than 1 day).')
    microseconds = property(lambda self: self._microseconds,
                            doc='Number of microseconds (>= 0 and less than 1 second).')

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_type_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = '%d day%s, ' % (self._days, plural) + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._to_us())

    def __pos__(self):
        return _td_from_us(self._to_us())

    def __abs__(self):
        return _td_from_us(abs(self._to_us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return _td_from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_divide_and_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_from_us(r)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return _cmp_result(_cmp(self._to_us(), other._to_us()), op)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _type_name(obj):
    # CPython's C types are named "datetime.X"; a subclass has its bare name.
    cls = type(obj)
    if cls.__module__ == 'datetime' and cls.__name__ in _TYPE_NAMES:
        return 'datetime.' + cls.__name__
    return cls.__qualname__


_TYPE_NAMES = ('timedelta', 'date', 'time', 'datetime', 'timezone', 'tzinfo')


_ONE_DAY = _td_from_us(_US_PER_DAY)
timedelta.min = _td_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)
_ZERO = _td_from_us(0)


# --- date

def _date_from_ordinal(cls, n):
    if not 1 <= n <= _MAXORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _ord2ymd(n)
    if cls is date:
        return _mk_date(cls, y, m, d)
    return cls(y, m, d)     # a subclass gets its constructor called, as in CPython


def _mk_date(cls, y, m, d):
    self = _new(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hashcode = -1
    return self


class date(_Ordered):
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        y, m, d = _check_date_fields(year, month, day)
        return _mk_date(cls, y, m, d)

    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        tm = _time.localtime(t)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _check_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = None
        if len(date_string) in (7, 8, 10):
            fields = _parse('parse_isoformat_date', date_string)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday."""
        return cls(*_isocalendar_to_ymd(year, week, day))

    year = property(lambda self: self._year, doc='year (1-9999)')
    month = property(lambda self: self._month, doc='month (1-12)')
    day = property(lambda self: self._day, doc='day (1-31)')

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month,
                                   self._day)

    def ctime(self):
        """Return ctime() style string."""
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _wrap_strftime(self, format, self.timetuple())

    __format__ = _format_with

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        return type(self)(*_replaced((year, month, day),
                                     (self._year, self._month, self._day)))

    def _date_cmp(self, other):
        return _cmp((self._year, self._month, self._day),
                    (other._year, other._month, other._day))

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp_result(self._date_cmp(other), op)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() + other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        today = self.toordinal()
        week1 = _iso_week1_monday(year)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (
            type(self).__qualname__ if type(self) is not IsoCalendarDate
            else 'datetime.IsoCalendarDate', self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        # Week 53 exists only in years starting on a Thursday, or leap years
        # starting on a Wednesday.
        first_weekday = _ymd2ord(year, 1, 1) % 7
        if not (week == 53 and (first_weekday == 4 or
                                (first_weekday == 3 and _is_leap(year)))):
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(n)


date.min = _mk_date(date, 1, 1, 1)
date.max = _mk_date(date, 9999, 12, 31)
date.resolution = _ONE_DAY


# --- tzinfo and timezone

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent '
                                 'results; cannot convert')
        return dt + dtdst


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, '
                            'not %s' % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             'not %r.' % offset)
        if name is None and not offset and cls is timezone:
            return timezone.utc
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, '
                            'not %s' % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


timezone.utc = timezone._create(_ZERO)
timezone.min = timezone._create(-_ONE_DAY + _td_from_us(60000000))
timezone.max = timezone._create(_ONE_DAY - _td_from_us(60000000))
UTC = timezone.utc


# --- time

def _set_time_fields(self, hh, mm, ss, us, tz, fold):
    # The time part of a time or a datetime (both use these slot names).
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


def _mk_time(cls, hh, mm, ss, us, tz, fold):
    self = _new(cls)
    self._hashcode = -1
    return _set_time_fields(self, hh, mm, ss, us, tz, fold)


def _tz_call(tz, name, arg):
    # utcoffset()/dst() of `tz` for `arg`, checked; None for a naive object.
    if tz is None:
        return None
    return _check_offset(name, getattr(tz, name)(arg))


def _tz_name(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _offset_us(off):
    return 0 if off is None else off._to_us()


class _Zoned:
    """utcoffset(), tzname() and dst() of time and datetime: the tzinfo's
    answers for _tz_arg() (None for a time, the datetime itself), checked."""

    __slots__ = ()

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _tz_call(self._tzinfo, 'utcoffset', self._tz_arg())

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _tz_name(self._tzinfo, self._tz_arg())

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _tz_call(self._tzinfo, 'dst', self._tz_arg())


def _compare_zoned(a, b, op, us_of, what):
    # Times or datetimes: with the same tzinfo object the fields compare
    # directly; otherwise both must be aware, and compare in UTC. A naive
    # and an aware value are unequal, and not ordered.
    if a._tzinfo is b._tzinfo:
        return _cmp_result(_cmp(us_of(a), us_of(b)), op)
    aoff = a.utcoffset()
    boff = b.utcoffset()
    if (aoff is None) != (boff is None):
        if op <= 1:
            return op == 1
        raise TypeError("can't compare offset-naive and offset-aware %s" % what)
    return _cmp_result(_cmp(us_of(a) - _offset_us(aoff), us_of(b) - _offset_us(boff)), op)


class time(_Zoned, _Ordered):
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        hh, mm, ss, us, fold = _check_time_fields(hour, minute, second,
                                                  microsecond, fold)
        _check_tzinfo(tzinfo)
        return _mk_time(cls, hh, mm, ss, us, tzinfo, fold)

    hour = property(lambda self: self._hour, doc='hour (0-23)')
    minute = property(lambda self: self._minute, doc='minute (0-59)')
    second = property(lambda self: self._second, doc='second (0-59)')
    microsecond = property(lambda self: self._microsecond, doc='microsecond (0-999999)')
    tzinfo = property(lambda self: self._tzinfo, doc='timezone info object')
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string
        if s[:1] == 'T':      # 3.11 accepts a leading T
            s = s[1:]
        fields = _parse('parse_isoformat_time', s)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))
        return cls(*fields[:4], _make_tz(fields[4]))

    def _tz_arg(self):
        return None

    def _time_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + \
            self._microsecond

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        return _compare_zoned(self, other, op, time._time_us, 'times')

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._time_us() - _offset_us(self.utcoffset()))
        return self._hashcode

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second,
                                    self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s(%s)' % (_type_name(self), s)

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ':')

    __str__ = isoformat

    def strftime(self, format):
        """format -> strftime() style string."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, tt)

    __format__ = _format_with

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        values = _replaced((hour, minute, second, microsecond),
                           (self._hour, self._minute, self._second, self._microsecond))
        return type(self)(*values, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


time.min = _mk_time(time, 0, 0, 0, 0, None, 0)
time.max = _mk_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# --- datetime

def _mk_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    return _set_time_fields(_mk_date(cls, y, m, d), hh, mm, ss, us, tz, fold)


def _datetime_from_us(cls, total, tz):
    # The datetime `total` microseconds after 0001-01-01 00:00 (day 1 at 0).
    days, us = divmod(total, _US_PER_DAY)
    days += 1
    if not 1 <= days <= _MAXORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _ord2ymd(days)
    secs, us = divmod(us, 1000000)
    mm, ss = divmod(secs, 60)
    hh, mm = divmod(mm, 60)
    if cls is datetime:
        return _mk_datetime(cls, y, m, d, hh, mm, ss, us, tz)
    return cls(y, m, d, hh, mm, ss, us, tz)


def _local_offset(t):
    # The local zone at POSIX time `t`: (seconds east of UTC, zone name).
    tm = _time.localtime(t)
    return tm.tm_gmtoff, tm.tm_zone


class datetime(date, _Zoned):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        y, m, d = _check_date_fields(year, month, day)
        hh, mm, ss, us, fold = _check_time_fields(hour, minute, second,
                                                  microsecond, fold)
        _check_tzinfo(tzinfo)
        return _mk_datetime(cls, y, m, d, hh, mm, ss, us, tzinfo, fold)

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    def _tz_arg(self):
        return self

    def _total_us(self):
        # Microseconds since 0001-01-01 00:00, ignoring the zone.
        days = self.toordinal() - 1
        return ((days * 86400 + (self._hour * 60 + self._minute) * 60 +
                 self._second) * 1000000 + self._microsecond)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError('Invalid value NaN (not a number)')
            whole = int(t)      # toward zero; the fraction keeps the sign
            us = round((t - whole) * 1e6)
            if us >= 1000000:
                whole += 1
                us -= 1000000
            elif us < 0:
                whole -= 1
                us += 1000000
        else:
            whole = _index(t)
            us = 0
        if utc:
            return _datetime_from_us(
                cls, (_EPOCH_ORDINAL - 1) * _US_PER_DAY + whole * 1000000 + us, tz)
        tm = _time.localtime(whole)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
                   min(tm.tm_sec, 59), us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        if tz is None:
            return cls._fromtimestamp(t, False, None)
        return tz.fromutc(cls._fromtimestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = _parse('parse_isoformat_datetime', date_string)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        if len(fields) > 3:
            fields = fields[:7] + (_make_tz(fields[7]),)
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        import _datetime_parse
        fields = _datetime_parse.strptime_fields(date_string, format)
        tz = _make_tz(fields[7])
        if tz is not None and fields[8]:
            tz = timezone(tz.utcoffset(None), fields[8])
        return cls(*fields[:7], tz)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, flag)

    def _local_timestamp(self):
        # Naive datetimes are local time: search the offset, as mktime would.
        t = (self._total_us() // 1000000 - (_EPOCH_ORDINAL - 1) * 86400)
        off, _ = _local_offset(t)
        off2, _ = _local_offset(t - off)
        return t - off2

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None or self.utcoffset() is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _build_struct_time(dt.year, dt.month, dt.day, dt.hour, dt.minute,
                                  dt.second, 0)

    def date(self):
        """Return date object with same year, month and day."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_class(self._hour, self._minute, self._second,
                           self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_class(self._hour, self._minute, self._second,
                           self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        values = _replaced((year, month, day, hour, minute, second, microsecond),
                           (self._year, self._month, self._day, self._hour,
                            self._minute, self._second, self._microsecond))
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(*values, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            ts = int(self.timestamp() // 1)
            off, name = _local_offset(ts)
            tz = timezone(timedelta(seconds=off), name)
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be an instance of tzinfo')
        mytz = self._tzinfo
        if mytz is tz:
            return self
        off = self.utcoffset()
        if off is None:
            local, _ = _local_offset(self._local_timestamp())
            off = timedelta(seconds=local)
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % type(sep).__name__)
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second,
                          self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = '%s(%s' % (_type_name(self), ', '.join(['%d' % x for x in fields]))
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def strftime(self, format):
        """format -> strftime() style string."""
        return _wrap_strftime(self, format, self.timetuple())

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                # A date and a datetime are never equal, nor ordered.
                if op <= 1:
                    return op == 1
                raise TypeError("can't compare %s to %s" % (_type_name(self),
                                                            _type_name(other)))
            return NotImplemented
        return _compare_zoned(self, other, op, datetime._total_us, 'datetimes')

    def __hash__(self):
        if self._hashcode == -1:
            dt = self.replace(fold=0) if self._fold else self
            self._hashcode = hash(dt._total_us() - _offset_us(dt.utcoffset()))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return _datetime_from_us(type(self), self._total_us() + other._to_us(),
                                 self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        diff = self._total_us() - other._total_us()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if (myoff is None) != (otoff is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            diff -= _offset_us(myoff) - _offset_us(otoff)
        return _td_from_us(diff)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond,
                             self._tzinfo))


_date_class = date
_time_class = time
datetime.min = _mk_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _mk_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None)
datetime.resolution = timedelta.resolution
_EPOCH = _mk_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, timezone.utc)


# --- Parsing lives in lib/_datetime_parse.py, imported on first use.

def _parse(parser_name, text):
    # The fields of `text`, or None when its shape is wrong.
    import _datetime_parse
    return _datetime_parse.try_parse(getattr(_datetime_parse, parser_name), text)


def _make_tz(fields):
    if fields is None:
        return None
    sign, hh, mm, ss, us = fields
    return timezone(sign * timedelta(hours=hh, minutes=mm, seconds=ss,
                                     microseconds=us))
