# The built-in functions belong to the builtins module: __self__ is the
# module and __module__ is 'builtins', while their repr stays a function's.
import builtins

for f in (len, print, abs, iter, sorted, aiter, __build_class__):
    print(f.__name__, f.__self__ is builtins, f.__module__, repr(f))
print(staticmethod(len).__dict__["__module__"])
