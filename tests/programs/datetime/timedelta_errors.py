# timedelta range and type errors with CPython's messages.
from datetime import timedelta

for kwargs in ({'days': 10**9}, {'days': -10**9}, {'weeks': 2 * 10**8}):
    try:
        timedelta(**kwargs)
    except OverflowError as e:
        print('OverflowError:', e)
try:
    timedelta.max + timedelta(microseconds=1)
except OverflowError as e:
    print('OverflowError:', e)
for bad in ('1', None, [1]):
    try:
        timedelta(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    timedelta(hours='2')
except TypeError as e:
    print('TypeError:', e)
print(timedelta.max - timedelta.max, timedelta.min + timedelta.max)
