# strftime's common directives and strptime's parsing and errors.
from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2024, 1, 2, 15, 4, 5, 678)
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f'))
print(dt.strftime('%j %a %A %b %B %p %y %I %w %%'))
print(dt.strftime('%z|%Z|'), datetime(2024, 1, 2, tzinfo=timezone.utc).strftime('%z %Z'))
e = timezone(timedelta(hours=-3, minutes=-30), 'X%Y')
print(datetime(2024, 1, 2, tzinfo=e).strftime('%z %Z'))
print(date(2024, 12, 31).strftime('%d/%m/%Y day %j'), f'{dt:%H:%M}', f'{date(2024, 1, 2)}')
print(format(dt, ''), format(dt, '%Y'), format(time(1, 2), '%H-%M'))
for s, f in (('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'),
             ('02/Jan/24 3pm +0530', '%d/%b/%y %I%p %z'),
             ('2024 032 12.5', '%Y %j %H.%f'),
             ('Tuesday, 2 January 2024', '%A, %d %B %Y'),
             ('12 AM', '%I %p'), ('12 PM', '%I %p'), ('1/2/70', '%m/%d/%y'),
             ('2024-01-02T03:04:05Z', '%Y-%m-%dT%H:%M:%S%z'),
             ('2024-01-02 +01:30', '%Y-%m-%d %z'), ('  7', '%d'),
             ('2024-01-02x', '%Y-%m-%d'), ('2024-1302', '%Y-%m%d'),
             ('x', '%q'), ('2024', '%Y%'), ('2024-13-01', '%Y-%m-%d'),
             ('02-30', '%m-%d'), ('abc', '%Y')):
    try:
        print(repr(datetime.strptime(s, f)))
    except ValueError as err:
        print('ValueError:', err)
try:
    datetime.strptime(2024, '%Y')
except TypeError as err:
    print('TypeError:', err)
