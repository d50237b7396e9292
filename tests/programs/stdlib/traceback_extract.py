# traceback.extract_tb, format_tb, print_exc(file=...), limits and
# FrameSummary.
import sys
import traceback


def fail():
    raise OSError(2, "No such file or directory", "x.txt")


def middle():
    fail()


try:
    middle()
except OSError as e:
    tb = e.__traceback__
    stack = traceback.extract_tb(tb)
    print(len(stack))
    for fs in stack:
        print(fs.name, fs.lineno, repr(fs.line), fs.filename == __file__)
    name, lineno = stack[-1].name, stack[-1][1]
    print(name, lineno, len(stack[0]))
    filename, line_no, func, text = stack[1]
    print(func, line_no, text)
    print(repr(stack[0]).replace(__file__, "HERE"))
    print([s.replace(__file__, "HERE") for s in traceback.format_tb(tb)])
    print([s.replace(__file__, "HERE") for s in traceback.format_tb(tb, limit=1)])
    print([s.replace(__file__, "HERE") for s in traceback.format_tb(tb, limit=-1)])
    print(len(traceback.format_exception(e, limit=1)))
    print("".join(traceback.format_exception(e, limit=-1)).replace(__file__, "HERE"), end="")
    print([lineno for _, lineno in traceback.walk_tb(tb)])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, len(te.stack), list(te.format_exception_only()))
    print(str(te))

print(traceback.format_exc())
print(traceback.FrameSummary("f.py", 3, "g", line="x = 1"))
print(traceback.FrameSummary("f.py", 3, "g", line="  x = 1  ").line)
print(traceback.format_list([("f.py", 3, "g", "x = 1"), ("h.py", 9, "k", None)]))
