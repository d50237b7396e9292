# datetime arithmetic and comparisons, naive and aware.
from datetime import datetime, date, timedelta, timezone

dt = datetime(2024, 2, 28, 23, 30)
print(dt + timedelta(hours=1), dt + timedelta(days=1, minutes=45), dt - timedelta(weeks=9))
print(datetime(2024, 1, 1) - datetime(2023, 12, 31, 12), datetime(2023, 1, 1) - datetime(2024, 1, 1))
print(datetime(2024, 1, 1) + timedelta(days=1.5), datetime(2024, 1, 1) - timedelta(microseconds=1))
print(dt > datetime(2024, 2, 28), dt == datetime(2024, 2, 28, 23, 30), dt != dt)
u = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
e = timezone(timedelta(hours=5, minutes=30))
print(u == u.astimezone(e), hash(u) == hash(u.astimezone(e)))
print(u - datetime(2023, 12, 31, tzinfo=e), u + timedelta(hours=1))
print(u < datetime(2024, 1, 2, 9, tzinfo=e), u == datetime(2024, 1, 2, 8, 34, 5, tzinfo=e))
naive = datetime(2024, 1, 2, 3, 4, 5)
print(naive == u, naive != u)
try:
    naive < u
except TypeError as err:
    print('TypeError:', err)
try:
    naive - u
except TypeError as err:
    print('TypeError:', err)
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1))
try:
    date(2024, 1, 1) < datetime(2024, 1, 1)
except TypeError as err:
    print('TypeError:', err)
try:
    datetime.max + timedelta(1)
except OverflowError as err:
    print('OverflowError:', err)
print(sorted([datetime(2024, 1, 1, 5), datetime(2023, 1, 1), datetime(2024, 1, 1)]))
