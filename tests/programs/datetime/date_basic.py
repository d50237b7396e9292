# date: constructor, fields, weekday/isocalendar, ordinals, replace, repr/str.
from datetime import date, MINYEAR, MAXYEAR

d = date(2024, 1, 2)
print(d, repr(d), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week)
print(tuple(d.isocalendar()), d.isocalendar()[0])
print(d.toordinal(), date.fromordinal(d.toordinal()) == d)
print(date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal(),
      date.fromordinal(1), date.fromordinal(3652059))
for y, m, dd in ((2024, 12, 30), (2021, 1, 3), (2020, 12, 31), (2026, 1, 1),
                 (2000, 2, 29), (1900, 3, 1), (2016, 1, 1)):
    x = date(y, m, dd)
    print(x, x.weekday(), x.isocalendar(), x.ctime())
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1))
print(d.replace(day=31), d.replace(year=2000, month=2), d.replace())
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
print(d.timetuple())
print(date(2024, 3, 1) > d, d == date(2024, 1, 2), d != date(2024, 1, 3))
print(hash(d) == hash(date(2024, 1, 2)), len({d, date(2024, 1, 2)}))
print(sorted([date(2024, 1, 3), date(2023, 5, 1), date(2024, 1, 1)]))
print(date.today() > date(2020, 1, 1), type(date.today()).__name__)
print(date.fromtimestamp(0) <= date(1970, 1, 2))
