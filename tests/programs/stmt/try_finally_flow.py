# finally runs on return, break and continue, and when exceptions pass through.
def f():
    try:
        return 'from try'
    finally:
        print('finally before return')
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
def h():
    try:
        raise ValueError('inner')
    finally:
        print('cleanup runs first')
try:
    h()
except ValueError as e:
    print('then caught:', e)
def nested():
    try:
        try:
            raise KeyError('k')
        finally:
            print('inner finally')
    except KeyError:
        print('outer except')
    finally:
        print('outer finally')
nested()
