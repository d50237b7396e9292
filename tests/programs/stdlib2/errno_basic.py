import errno
import os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EINVAL, errno.EPIPE)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EWOULDBLOCK])
print(errno.errorcode[errno.EDEADLK], errno.errorcode[errno.EOPNOTSUPP])
print(len(errno.errorcode), sorted(errno.errorcode)[:5])
for code, name in sorted(errno.errorcode.items()):
    assert getattr(errno, name) == code, name
try:
    os.stat('/definitely/not/here')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(type(errno.errorcode).__name__, 'ENOENT' in dir(errno))
