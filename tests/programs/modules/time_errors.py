# time: CPython's errors for bad arguments.
import time
def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(time.sleep, -1)
show(time.sleep, "1")
show(time.gmtime, "x")
show(time.gmtime, 1e30)
show(time.strftime, "%Y", (1, 2))
show(time.strftime, 5)
show(time.asctime, [1, 2])
show(time.mktime, "x")
show(time.struct_time, (1, 2, 3))
