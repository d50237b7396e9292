# atexit: callbacks run last-registered first after the program ends through
# sys.exit, with their arguments; an exception in one is reported on stderr
# and the others still run; unregister removes every registration.
import atexit
import sys

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

def boom():
    raise ValueError("from atexit")

def never():
    print("never printed")

base = atexit._ncallbacks()
atexit.register(show, 1)
atexit.register(boom)
atexit.register(never)
atexit.register(show, 2, key="v")
atexit.register(never)
print(atexit._ncallbacks() - base)
atexit.unregister(never)
print(atexit.register(print, "decorated") is print)

@atexit.register
def last():
    print("first to run")

for bad in [lambda: atexit.register(1), lambda: atexit.register(), lambda: atexit.unregister()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print("end of program")
sys.exit(4)
