# timezone: fixed offsets, names, utc singleton, astimezone, errors.
from datetime import datetime, timedelta, timezone, tzinfo, UTC

e = timezone(timedelta(hours=5, minutes=30))
w = timezone(timedelta(hours=-3), 'BRT')
print(repr(e), str(e), e.tzname(None), e.utcoffset(None), e.dst(None))
print(repr(w), str(w), repr(timezone.utc), str(timezone.utc))
print(timezone(timedelta(0)) is timezone.utc, UTC is timezone.utc,
      repr(timezone(timedelta(0), 'Z')))
print(timezone(timedelta(seconds=-1)), timezone(timedelta(hours=1, seconds=5)),
      timezone(timedelta(microseconds=5)))
print(timezone.min, timezone.max, repr(timezone.max))
print(e == timezone(timedelta(minutes=330)), hash(e) == hash(timezone(timedelta(minutes=330))))
print(isinstance(e, tzinfo))
u = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
print(u, repr(u), u.utcoffset(), u.tzname(), u.dst())
print(u.astimezone(e), repr(u.astimezone(w)), u.astimezone(timezone.utc) is u)
print(datetime(2024, 1, 1, tzinfo=w).astimezone(e))
print(e.fromutc(datetime(2024, 1, 1, tzinfo=e)))
for off in (timedelta(hours=24), timedelta(hours=-25)):
    try:
        timezone(off)
    except ValueError as err:
        print('ValueError:', err)
try:
    timezone(5)
except TypeError as err:
    print('TypeError:', err)
try:
    e.fromutc(u)
except ValueError as err:
    print('ValueError:', err)
