# traceback's stack functions and inspect's frame functions over
# sys._getframe: format_stack, extract_stack, print_stack, walk_stack,
# currentframe, stack, getframeinfo, getouterframes, getfile.
import inspect, traceback, sys
HERE = __file__
def show(items):
    for item in items:
        print(item.replace(HERE, "HERE"), end="")
def inner():
    show(traceback.format_stack())
    st = traceback.extract_stack()
    print([(fs.name, fs.lineno, fs.line) for fs in st])
    print([fs.name for fs in traceback.extract_stack(limit=2)])
    frame = inspect.currentframe()
    print(frame.f_code.co_name, inspect.isframe(frame), inspect.isframe(inner))
    info = inspect.getframeinfo(inspect.currentframe())
    print(info.function, info.lineno, info.code_context, info.index, info.filename == HERE)
    print([fi.function for fi in inspect.stack()], inspect.stack()[1].lineno)
    print([fi.function for fi in inspect.getouterframes(frame)])
    print([n for f, n in traceback.walk_stack(None)][:2])
    class Out:
        def __init__(self): self.parts = []
        def write(self, s): self.parts.append(s)
    o = Out(); traceback.print_stack(file=o); show(o.parts)
def outer():
    inner()
outer()
print(inspect.getfile(inner) == HERE, inspect.getsourcefile(outer) == HERE, inspect.getfile(inspect.currentframe()) == HERE)
