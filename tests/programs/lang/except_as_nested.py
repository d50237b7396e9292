# Regression: an exception escaping an `except E as name:` body must reach
# the enclosing handler with the stack and handled exception intact.
import sys

def inner():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("from handler") from e

def outer():
    try:
        try:
            inner()
        except ValueError as err:
            print("caught", type(err).__name__, err, type(err.__cause__).__name__)
            raise TypeError("again")
    except TypeError as t:
        print("outer", t, type(t.__context__).__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
    return "done"

print(outer())
for i in range(3):
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            if i == 1:
                continue
            if i == 2:
                break
            raise
    except ZeroDivisionError as z2:
        print("loop", i, z2)
    finally:
        print("finally", i, sys.exc_info()[0])
print("e" in dir(), "z" in dir())
def nested_names():
    try:
        raise OSError("x", 2)
    except OSError as e:
        try:
            raise KeyError(1)
        except KeyError as e2:
            pass
        print(e.args, sys.exc_info()[0].__name__)
    try:
        e
    except NameError as ne:
        print(ne)
nested_names()
try:
    try:
        raise IndexError(5)
    except IndexError as q:
        raise
except IndexError as r:
    print("reraised", r)
raise RuntimeError("end")
