# The OSError subclasses os raises, with CPython's messages and attributes.
import os

d = 'os_errors_dir'
os.mkdir(d)
f = os.path.join(d, 'file')
open(f, 'w').close()

def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except OSError as e:
        print(label, type(e).__name__, '|', e, '|', e.errno, e.strerror, e.filename)

attempt('mkdir exists', lambda: os.mkdir(d))
attempt('rmdir missing', lambda: os.rmdir('no_such_dir'))
attempt('rmdir not empty', lambda: os.rmdir(d))
attempt('rmdir file', lambda: os.rmdir(f))
attempt('remove missing', lambda: os.remove('no_such_file'))
attempt('remove dir', lambda: os.remove(d))
attempt('unlink missing', lambda: os.unlink('no_such_file'))
attempt('listdir missing', lambda: os.listdir('no_such_dir'))
attempt('listdir file', lambda: os.listdir(f))
attempt('stat missing', lambda: os.stat('no_such_file'))
attempt('chdir missing', lambda: os.chdir('no_such_dir'))
attempt('chdir file', lambda: os.chdir(f))
attempt('makedirs exists', lambda: os.makedirs(d))
attempt('makedirs file', lambda: os.makedirs(os.path.join(f, 'x'), exist_ok=True))
attempt('mkdir nested', lambda: os.mkdir(os.path.join(d, 'a', 'b')))
try:
    os.rename('no_such_file', 'other')
except FileNotFoundError as e:
    print('rename', e.errno, e.filename)
print(os.error is OSError, issubclass(FileExistsError, os.error))
for bad in [1.5, None]:
    try:
        os.stat(bad)
    except TypeError as e:
        print(e)
try:
    os.listdir(5.0)
except TypeError as e:
    print(e)
try:
    os.stat('a\0b')
except ValueError as e:
    print(e)
os.remove(f)
os.rmdir(d)
