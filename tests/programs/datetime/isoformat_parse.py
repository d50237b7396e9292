# fromisoformat: the formats CPython 3.11 accepts, and the ones it rejects.
from datetime import date, time, datetime

for s in ('2024-01-02T03:04:05.123456789', '2024-01-02T03:04:05.1234',
          '2024-01-02T03:04:05,5', '2024-01-02 03', '2024-01-02T0304',
          '2024-01-02T030405', '2024-01-02T03:04:05Z', '2024-01-02T03:04+05:30',
          '2024-01-02T03:04+0530', '2024-01-02T03:04+05', '2024-01-02T03:04:05-05:30:15.5',
          '20240102T030405', '2024-W01-2T10', '2024W012T10', '2024W01', '20240102',
          '2024-01-02X03:04', '2024-01-02T03:04:05.000001-00:00',
          '2024-01-02T', '2024-01-02T03:', '2024-01-02T3:04', '2024-01-02T03:04 ',
          '2024-1-02', '2024-W53', '2024-01-02T03:04:05Z+01', '', 'garbage',
          '2024-01-02T24:00', '2024-02-30'):
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for s in ('03:04', '03', '0304', 'T03:04', '03:04:05.5+01:00', '03:04:05Z',
          '3:04', '03:04:05.1234567', '25:00', '03:04:05+2400'):
    try:
        print(repr(s), repr(time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for s in ('2024-01-02', '20240102', '2024-W01-1', '2024W011', '2024-W01',
          '2024W01', '2024-02-30', '2024-01-2', '2024-01-02T', '2020-W53-7'):
    try:
        print(repr(s), repr(date.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
try:
    date.fromisoformat(20240102)
except TypeError as e:
    print('TypeError:', e)
d = datetime(2024, 5, 6, 7, 8, 9, 10)
print(datetime.fromisoformat(d.isoformat()) == d, date.fromisoformat(str(d.date())))
