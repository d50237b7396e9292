# A sys.excepthook that itself raises: both exceptions are reported (the
# hook's first, then the original) and the exit status is 1.
import sys


def broken(t, v, tb):
    print("hook called for", t.__name__)
    raise RuntimeError("hook broke")


sys.excepthook = broken
print("before")
raise ValueError("original")
