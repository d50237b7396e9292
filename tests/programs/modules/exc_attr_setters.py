# Exception attributes __cause__, __context__, __traceback__: set, reset to
# None, and CPython's TypeErrors for bad values and deletion.
e = ValueError("v")
c = KeyError("k")
e.__cause__ = c
print(e.__cause__ is c, e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__context__ = c
print(e.__context__ is c)
e.__context__ = None
print(e.__context__, e.__traceback__)
for attr, value in [("__cause__", 1), ("__context__", "x"), ("__traceback__", 3)]:
    try:
        setattr(e, attr, value)
    except TypeError as err:
        print(err)
for attr in ["__cause__", "__context__", "__traceback__", "args"]:
    try:
        delattr(e, attr)
    except TypeError as err:
        print(err)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__)
e.__traceback__ = None
print(e.__traceback__)
e.__traceback__ = tb
print(e.__traceback__ is tb)
