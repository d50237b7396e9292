# atexit._run_exitfuncs calls and forgets the callbacks; _clear forgets
# them without calling; callbacks also run after an uncaught exception.
import atexit

def make(n):
    def f():
        print("callback", n)
    return f

atexit.register(make(1))
atexit.register(make(2))
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(make(3))
atexit._clear()
print(atexit._ncallbacks())

def outer():
    print("outer runs")
    atexit.register(make("late"))

atexit.register(make(4))
atexit.register(outer)
raise KeyError("uncaught")
