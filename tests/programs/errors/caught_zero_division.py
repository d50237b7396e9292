# ZeroDivisionError for every operator, caught and printed.
for a, b in [(1, 0), (1.5, 0), (1, 0.0), (2**80, 0)]:
    try:
        a / b
    except ZeroDivisionError as e:
        print('/', e)
    try:
        a // b
    except ZeroDivisionError as e:
        print('//', e)
    try:
        a % b
    except ZeroDivisionError as e:
        print('%', e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('**', e)
