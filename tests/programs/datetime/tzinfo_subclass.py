# A user tzinfo subclass: utcoffset/dst/tzname are called with the datetime.
from datetime import datetime, timedelta, tzinfo, timezone

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return 'Fixed(%r)' % self.name

class Summer(tzinfo):
    # One hour ahead in June, July and August.
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)
    def dst(self, dt):
        return timedelta(hours=1) if dt.month in (6, 7, 8) else timedelta(0)
    def tzname(self, dt):
        return 'SUM' if self.dst(dt) else 'STD'

class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5

f = Fixed(-90, 'M90')
dt = datetime(2024, 3, 4, 5, 6, tzinfo=f)
print(dt, repr(dt), dt.tzname(), dt.utcoffset(), dt.dst())
print(dt.astimezone(timezone.utc), dt.strftime('%z %Z'))
s = Summer()
for m in (1, 7):
    x = datetime(2024, m, 1, 12, tzinfo=s)
    print(x, x.tzname(), x.dst(), x.timetuple().tm_isdst, x.astimezone(timezone.utc))
print(datetime(2024, 7, 1, 10, tzinfo=timezone.utc).astimezone(s))
try:
    datetime(2024, 1, 1, tzinfo=Broken()).utcoffset()
except TypeError as err:
    print('TypeError:', err)
try:
    tzinfo().utcoffset(None)
except NotImplementedError as err:
    print('NotImplementedError:', err)
