import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2025), calendar.leapdays(2000, 2001), calendar.leapdays(2025, 2000))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2026, 11))
print(calendar.weekday(2026, 11, 21), calendar.weekday(1970, 1, 1), calendar.weekday(12000, 1, 1))
print(list(calendar.month_name), len(calendar.month_name))
print(list(calendar.day_name), list(calendar.day_abbr), calendar.month_abbr[1:4])
print(calendar.monthcalendar(2026, 11))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.month(2026, 11), end='')
print(calendar.month(2024, 2, w=3, l=2), end='')
calendar.prmonth(2021, 2)
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(9)))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2026, 3), end='')
print(list(tc.iterweekdays()))
print(tc.monthdays2calendar(2026, 3)[0])
print(calendar.calendar(2026), end='')
print(calendar.TextCalendar().formatyear(2024, 2, 1, 2, 4), end='')
print(calendar.timegm((2026, 11, 21, 10, 30, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)))
print([d.isoformat() for d in calendar.Calendar().itermonthdates(2026, 2)][:3])
for bad in [lambda: calendar.monthrange(2026, 13), lambda: calendar.setfirstweekday(9),
            lambda: calendar.weekday(2026, 2, 30)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2026, 11).splitlines()[1])
