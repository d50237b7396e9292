# timedelta: normalization, repr/str, attributes, min/max/resolution.
from datetime import timedelta

for td in (timedelta(days=1, seconds=3600), timedelta(0), timedelta(hours=-1),
           timedelta(microseconds=-1), timedelta(weeks=2, days=-3, minutes=90),
           timedelta(milliseconds=1500), timedelta(days=-2, seconds=5),
           timedelta(seconds=0.5), timedelta(microseconds=1.5),
           timedelta(microseconds=2.5), timedelta(hours=1.5, weeks=1),
           timedelta(days=0.1), timedelta(minutes=-0.25)):
    print(repr(td), '|', td, '|', td.days, td.seconds, td.microseconds,
          td.total_seconds())
print(timedelta.min, '|', timedelta.max, '|', timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
print(timedelta(hours=24) == timedelta(days=1),
      hash(timedelta(hours=24)) == hash(timedelta(days=1)))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(timedelta(1) == 1, timedelta(1) != 'x')
print(sorted([timedelta(3), timedelta(-1), timedelta(seconds=5)]))
print({timedelta(seconds=60): 'a'}[timedelta(minutes=1)])
