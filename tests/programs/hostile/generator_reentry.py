# A generator re-entered while it is running.
def g():
    yield next(me)
me = g()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def h():
    me2.send(None)
    yield 1
me2 = h()
try:
    next(me2)
except ValueError as e:
    print("ValueError", e)
def closer():
    try:
        yield 1
    finally:
        try:
            c.close()
        except ValueError as e:
            print("ValueError", e)
c = closer()
next(c)
c.close()
print("done")
