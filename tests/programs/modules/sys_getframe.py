# sys._getframe: the caller's code, line and namespaces, f_back chains,
# depth errors, and namedtuple's __module__ taken from its caller's frame.
import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals), f.f_globals is globals()
def caller():
    x = 1; y = "two"
    return where()
print(caller())
f = sys._getframe(); line = f.f_lineno
print(f.f_code.co_name, line, f.f_back, f.f_globals is globals(), f.f_locals is globals(), type(f).__name__)
def outer():
    def inner():
        fr = sys._getframe()
        names = []
        while fr is not None:
            names.append(fr.f_code.co_name)
            fr = fr.f_back
        return names
    return inner()
print(outer())
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
def depth(n):
    return sys._getframe(n).f_code.co_name
print(depth(0), depth(1))
class K:
    name = sys._getframe().f_code.co_name
    loc = sorted(sys._getframe().f_locals)
print(K.name, K.loc)
print(sys._getframe(0).f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
print(repr(sys._getframe()).startswith("<frame at 0x"), "line 30" in repr(sys._getframe()))
from collections import namedtuple
P = namedtuple("P", "x y")
print(P.__module__)
import modfix_frames
print(modfix_frames.Point.__module__, modfix_frames.Point(1, 2))
