# time: constructor, repr/str, isoformat timespecs, replace, comparisons.
from datetime import time, timezone, timedelta

t = time(3, 4, 5, 6)
print(t, repr(t), repr(time(3, 4)), repr(time(3, 4, 5)), repr(time()))
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, t.isoformat(spec), time(12).isoformat(timespec=spec))
try:
    t.isoformat('days')
except ValueError as e:
    print('ValueError:', e)
print(t.replace(hour=23), t.replace(microsecond=0), repr(t.replace(fold=1)))
print(time(1) < time(2), time(1, 30) == time(1, 30), time.min, time.max,
      time.resolution)
print(hash(time(1, 2)) == hash(time(1, 2)))
e = timezone(timedelta(hours=5, minutes=30))
a = time(12, tzinfo=e)
print(a, repr(a), a.utcoffset(), a.tzname(), a.dst())
print(a == time(6, 30, tzinfo=timezone.utc), time(1) == time(1, tzinfo=e))
try:
    time(1) < time(1, tzinfo=e)
except TypeError as err:
    print('TypeError:', err)
print(t.strftime('%H:%M:%S.%f'), a.strftime('%H %z %Z'), f'{t:%I %p}')
for args in ((24,), (0, 60), (0, 0, 60), (0, 0, 0, 10**6), (-1,)):
    try:
        time(*args)
    except ValueError as err:
        print('ValueError:', err)
try:
    time(1, fold=2)
except ValueError as err:
    print('ValueError:', err)
try:
    time(1, tzinfo=5)
except TypeError as err:
    print('TypeError:', err)
