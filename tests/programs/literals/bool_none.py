# True, False and None.
print(True, False, None)
print(repr(True), repr(None), str(False))
print(type(True), type(None))
print(True + True, True * 10, False - 1)
print(True == 1, False == 0, True is True, None is None)
print(not None, not True, not False)
x = None
print(x is None, x == None, x is not None)
