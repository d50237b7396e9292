# datetime: constructor, repr/str, isoformat, parts, combine, replace.
from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2024, 1, 2, 3, 4, 5)
print(dt, repr(dt), repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3)),
      repr(datetime(2024, 1, 2, 3, 4, 5, 6)), repr(datetime(2024, 1, 2, 0, 0, 0, 7)))
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='hours'),
      dt.isoformat(sep='x', timespec='microseconds'), dt.isoformat(timespec='milliseconds'))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond)
print(dt.date(), dt.time(), repr(dt.timetz()), dt.weekday(), dt.toordinal())
print(isinstance(dt, date), issubclass(datetime, date))
print(datetime.combine(date(2024, 5, 6), time(7, 8, 9)),
      datetime.combine(date(2024, 5, 6), time(7), tzinfo=timezone.utc))
print(dt.replace(year=2000), dt.replace(hour=0, minute=0, second=0))
print(dt.ctime(), datetime(2024, 1, 12, 13, 14, 15).ctime())
print(datetime.min, datetime.max, datetime.resolution)
print(dt.timetuple())
print(dt.timetuple().tm_yday, datetime(2024, 12, 31).timetuple().tm_yday)
print(hash(dt) == hash(datetime(2024, 1, 2, 3, 4, 5)), dt == dt.replace(fold=1))
print(repr(dt.replace(fold=1)), dt.replace(fold=1).fold)
for args in ((2024, 1, 1, 24), (2024, 1, 1, 0, 60), (2024, 1, 32)):
    try:
        datetime(*args)
    except ValueError as e:
        print('ValueError:', e)
