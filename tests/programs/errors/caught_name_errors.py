# NameError and UnboundLocalError, caught and printed.
try:
    print(never_defined_name)
except NameError as e:
    print('NameError:', e)
def f():
    x = x_local_before + 1
    x_local_before = 0
try:
    f()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def g():
    v = 1
    del v
    return v
try:
    g()
except NameError as e:
    print('UnboundLocalError is a NameError:', e)
gone = 1
del gone
try:
    gone
except NameError as e:
    print('NameError:', e)
