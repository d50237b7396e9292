# date arithmetic: date +- timedelta, date - date; hours are ignored.
from datetime import date, timedelta

d = date(2024, 1, 31)
print(d + timedelta(days=1), d + timedelta(days=30), timedelta(days=366) + d)
print(d - timedelta(days=31), d - timedelta(hours=23), d + timedelta(hours=47))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1))
print(date(2000, 1, 1) - date(2024, 1, 1), repr(date(2024, 1, 1) - date(2024, 1, 1)))
print((date(2025, 1, 1) - date(2024, 1, 1)).days)
x = date(2024, 1, 1)
x += timedelta(weeks=1)
print(x)
