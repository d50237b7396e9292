# Identity tests.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, None is not None)
print(True is True, True is not False)
x = None
print(x is None)
def f():
    pass
print(f() is None)
