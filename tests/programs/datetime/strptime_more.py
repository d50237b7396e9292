# strptime: zone names and offsets, %j, names in any case, %% and empty
# formats; strftime of year 1 and ISO-week directives.
from datetime import *
for s, f in [('2024 utc +0100', '%Y %Z %z'), ('2024Z', '%Y%z'), ('2024 -01:30:45.123456', '%Y %z'), ('2024 +013045', '%Y %z'), ('2024 GMT', '%Y %Z'), ('5', '%w'), ('2024 10', '%Y %U'), ('2024-1-5', '%Y-%m-%d'), ('2024-001', '%Y-%j'), ('24-366', '%y-%j'),('3 May 2024', '%d %B %Y'), ('3 may 2024', '%d %b %Y'), ('MONDAY 3', '%A %d'), ('23:59:59.999999', '%H:%M:%S.%f'), ('1:2:3', '%H:%M:%S'), ('12', '%M'), ('2024-02-29', '%Y-%m-%d'), ('%2024', '%%%Y'), ('', ''), ('x', '')]:
    try:
        print(repr(datetime.strptime(s, f)))
    except ValueError as e:
        print('ValueError:', e)
print(datetime(2024,1,1,tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-8))).isoformat())
print(datetime(1, 1, 1).strftime('%Y|%y|%G'), date(2024,1,1).strftime('%V %u %G'))
print(date(2024, 1, 1).isoformat(), datetime(2024,1,1).timetuple().tm_wday)
