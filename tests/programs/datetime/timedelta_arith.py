# timedelta arithmetic with ints, floats and timedeltas (round half even).
from datetime import timedelta

td = timedelta(days=3, hours=5, minutes=7, microseconds=11)
hour = timedelta(hours=1)
print(td + hour, td - hour, hour - td)
print(td * 2, 2 * td, td * 1.5, td * -0.5, td * 0)
print(td / 3, td / 2.5, td // 4, td // -4)
print(td / hour, td // hour, td % hour, divmod(td, timedelta(hours=7)))
print(-td, abs(-td), +td, abs(td) is td)
print(timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2,
      timedelta(microseconds=1) * 0.5, timedelta(microseconds=3) * 0.5)
print(timedelta(seconds=1) / 3, timedelta(seconds=-1) // 3)
print(timedelta(1) < timedelta(2), timedelta(1) >= timedelta(hours=24),
      timedelta(-1) > timedelta(hours=-25))
try:
    td / 0
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    td // timedelta(0)
except ZeroDivisionError:
    print('ZeroDivisionError')
