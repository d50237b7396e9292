# An attribute or object given as None is set, not absent: None's own
# attributes are searched, an explicit obj=None is kept, and an
# ImportError re-initialised without one argument has no msg.
import sys
def show(fn):
    try:
        fn()
    except (AttributeError, NameError) as e:
        sys.excepthook(type(e), e, None)
show(lambda: None.__clas__)
e = AttributeError('x', name='__clas__', obj=None)
print(e.name, e.obj)
try:
    raise e
except AttributeError as err:
    sys.excepthook(type(err), err, None)
e = AttributeError('y', name='__clas__')
try:
    raise e
except AttributeError as err:
    sys.excepthook(type(err), err, None)
class H:
    def __getattr__(self, n):
        raise AttributeError('h', obj=None)
try:
    H().value
except AttributeError as err:
    print(err.name, err.obj)
e = ImportError('a', 'b'); print(e.msg, e.name)
e = ImportError('only'); print(e.msg); e.__init__(); print(e.msg)
