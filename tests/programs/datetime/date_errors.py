# date: range checks and type errors with CPython's messages.
from datetime import date

for args in ((2024, 13, 1), (2024, 0, 1), (2024, 2, 30), (2023, 2, 29),
             (0, 1, 1), (10000, 1, 1), (2024, 4, 31), (2024, 1, 0)):
    try:
        date(*args)
    except ValueError as e:
        print('ValueError:', e)
try:
    date(2024.0, 1, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    date('2024', 1, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    date.fromordinal(0)
except ValueError as e:
    print('ValueError:', e)
for args in ((2024, 54, 1), (2024, 1, 8), (2024, 53, 1), (0, 1, 1)):
    try:
        date.fromisocalendar(*args)
    except ValueError as e:
        print('ValueError:', e)
try:
    date.max + date.resolution
except OverflowError as e:
    print('OverflowError:', e)
try:
    date.min - date.resolution
except OverflowError as e:
    print('OverflowError:', e)
print(date(2024, 2, 29), date(2000, 2, 29))
