# Subclasses keep their type through arithmetic and constructors; repr
# names a subclass bare; copy and deepcopy; float timedelta rounding.
import copy
from datetime import *
class MyDate(date):
    def double_day(self):
        return self.day * 2
md = MyDate(2024, 1, 5)
print(repr(md) == "__main__.MyDate(2024, 1, 5)" or repr(md), md.double_day(), type(md + timedelta(1)).__name__, type(md.replace(day=6)).__name__)
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat('2024-01-01')).__name__, type(MyDate.today()).__name__)
class MyDT(datetime):
    pass
x = MyDT(2024, 1, 2, 3)
print(type(x + timedelta(1)).__name__, type(x - timedelta(1)).__name__, type(MyDT.now()).__name__, type(x.replace(hour=1)).__name__)
dt = datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=1)))
print(copy.copy(dt) == dt, copy.deepcopy(dt) == dt, copy.deepcopy(timedelta(3)), copy.copy(date(2024,1,1)))
print({date(2024,1,1): 1, datetime(2024,1,1): 2})
class TD(timedelta): pass
print(type(TD(1)).__name__, type(TD(1) + TD(2)).__name__, TD(hours=1))
print(timedelta(days=1) * True, timedelta(0.5), timedelta(seconds=-0.000001), timedelta(microseconds=-0.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5))
print(timedelta(days=1, seconds=1.1), timedelta(minutes=1e-7), timedelta(weeks=0.1, days=0.3, hours=-0.01))
print(date(2024,1,1).__format__(''), datetime(2024,5,5).__str__())
print(datetime(2024,1,1,12,30).strftime('%c|%x|%X'))
print(datetime.strptime('Mar 5 2024 10:11:12 PM', '%b %d %Y %I:%M:%S %p'))
print(datetime.strptime('2024-06-15 GMT', '%Y-%m-%d %Z'), datetime.strptime('2024 +0100 UTC', '%Y %z %Z'))
print(time(5, 6).replace(tzinfo=timezone.utc).isoformat(), time.fromisoformat('05:06:07.000800'))
print(datetime(2024,1,1,tzinfo=timezone(timedelta(seconds=3661, microseconds=5))))
print(divmod(timedelta(hours=-5), timedelta(hours=2)), timedelta(hours=-5) % timedelta(hours=2), timedelta(hours=5) // timedelta(hours=-2))
print(datetime(2024,1,1) - timedelta(days=1, microseconds=5), date(2024,3,1) - timedelta(days=1, hours=23))
print(datetime(2000,1,1).isocalendar(), datetime(2024,1,1,1).date().isoformat())
print(datetime.fromtimestamp(1.9999999, timezone.utc), datetime.fromtimestamp(-1.5, timezone.utc), datetime.fromtimestamp(2**31, timezone.utc))
