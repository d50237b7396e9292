# BaseException.__reduce__ and __setstate__: (type, args[, attributes]),
# and copy/deepcopy of exceptions rebuilt from them.
import copy
e = ValueError('bad', 2)
print(e.__reduce__())
e.extra = [1]
r = e.__reduce__(); print(r[0].__name__, r[1], r[2])
c = copy.copy(e); print(type(c).__name__, c.args, c.extra is e.extra)
d = copy.deepcopy(e); print(d.args, d.extra, d.extra is e.extra)
k = KeyError('k'); print(copy.copy(k).args)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    copy.copy(MyErr(3))
except TypeError as err:
    print('TypeError', err)
x = RuntimeError('r'); x.__setstate__({'a': 1}); print(x.a)
x.__setstate__(None)
try:
    x.__setstate__([1])
except TypeError as err:
    print(err)
print('__setstate__' in dir(Exception), '__reduce__' in dir(Exception))
o = copy.copy(FileNotFoundError(2, 'No such file', 'f.txt')); print(type(o).__name__, o.errno, o.filename, str(o))
