# math, time, sys: argument-count errors name the function as CPython does.
import math, time
def show(f, *args):
    try:
        print(f(*args))
    except TypeError as e:
        print(e)
show(math.sqrt)
show(math.pow, 1)
show(math.factorial)
show(math.comb, 1)
show(math.perm)
show(math.fsum)
show(math.ldexp, 1)
show(math.floor)
show(math.isnan, 1, 2)
show(math.dist, 1)
show(math.hypot, 1, "a")
show(time.sleep)
show(time.time, 1)
show(math.isclose, 1)
