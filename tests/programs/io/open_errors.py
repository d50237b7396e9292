# open(): argument checks and the OSError subclasses for missing files,
# folders, existing files (mode 'x'), with errno, strerror and filename.
import os

d = 'io_open_errors_dir'
os.mkdir(d)
p = os.path.join(d, 'f.txt')
with open(p, 'x') as f:
    f.write('x')

for args, kw in [(('a', 'rw'), {}), (('a', 'z'), {}), (('a', 'rbt'), {}), (('a', 'rr'), {}),
                 (('a', ''), {}), (('a', 'b'), {}), (('a', 'rb'), {'encoding': 'utf-8'}),
                 (('a', 'rb'), {'errors': 'strict'}), (('a', 'wb'), {'newline': ''}),
                 ((p, 'r'), {'buffering': 0}), ((1.5,), {}), ((None,), {}), ((p, 5), {}),
                 ((p, 'r', 'x'), {}), ((), {}), ((p,), {'bogus': 1}), (('a\0b',), {})]:
    try:
        open(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def show(e):
    print(type(e).__name__, '|', e, '|', e.errno, e.strerror, e.filename)

try:
    open('missing.txt')
except FileNotFoundError as e:
    show(e)
try:
    open(os.path.join(d, 'no', 'such'), 'w')
except OSError as e:
    show(e)
try:
    open(d)
except IsADirectoryError as e:
    show(e)
try:
    open(d, 'w')
except OSError as e:
    show(e)
try:
    open(p, 'x')
except FileExistsError as e:
    show(e)
try:
    open(os.path.join(p, 'inside'))
except NotADirectoryError as e:
    show(e)
try:
    open(p, 'r', closefd=False)
except ValueError as e:
    print(e)
e = OSError(13, 'Permission denied', 'secret')
print(type(e).__name__, e, isinstance(e, PermissionError))
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
os.remove(p)
os.rmdir(d)
