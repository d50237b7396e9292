# weakref.finalize: called once, when the object dies or when called;
# alive, peek, detach; at exit for objects still alive (atexit).
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def closed(name, how="normal"):
    print("closed", name, how)
    return name


r1 = Res("one")
f1 = weakref.finalize(r1, closed, "one", how="death")
print(f1.alive, f1.atexit)
del r1
print(f1.alive, f1())

r2 = Res("two")
f2 = weakref.finalize(r2, closed, "two")
print(f2() == "two", f2.alive, f2())
del r2

r3 = Res("three")
f3 = weakref.finalize(r3, closed, "three")
obj, func, args, kwargs = f3.peek()
print(obj is r3, func is closed, args, kwargs)
print(f3.detach()[2], f3.alive, f3.detach(), f3.peek())
del obj
del r3

r4 = Res("four")
f4 = weakref.finalize(r4, closed, "four", how="exit")
r5 = Res("five")
f5 = weakref.finalize(r5, closed, "five", how="exit")
r6 = Res("six")
f6 = weakref.finalize(r6, closed, "six", how="never")
f6.atexit = False
print(f6.atexit)
print("end of program")
