# timestamp()/fromtimestamp() with timezone.utc are deterministic;
# now()/utcnow()/today() are checked only for type and sanity.
from datetime import datetime, date, timedelta, timezone

utc = timezone.utc
for t in (0, 1700000000, 1700000000.5, -86400.25, 951782400, 1e9 + 0.0000005):
    dt = datetime.fromtimestamp(t, tz=utc)
    print(repr(dt), dt.timestamp())
print(datetime.utcfromtimestamp(86400 * 365))
print(datetime(2024, 1, 2, 3, 4, 5, tzinfo=utc).timestamp())
e = timezone(timedelta(hours=2))
print(datetime.fromtimestamp(0, e), datetime(1970, 1, 1, 2, tzinfo=e).timestamp())
now = datetime.now()
print(type(now).__name__, now.tzinfo, now.year >= 2024)
aware = datetime.now(utc)
print(aware.tzinfo is utc, abs(aware - datetime.now(utc)) < timedelta(seconds=5))
print(datetime.utcnow().tzinfo, type(date.today()).__name__, datetime.today().tzinfo)
lt = datetime.fromtimestamp(1700000000)
print(abs(lt.timestamp() - 1700000000) < 1e-6)
print(datetime(2024, 1, 2).utctimetuple()[:6], u2 := datetime(2024, 1, 2, 1, tzinfo=e).utctimetuple()[:6])
