# A file object is flushed and closed when its last reference goes, and a
# file still open when the program ends is flushed then (the leak check of
# the test runner also sees that nothing is left behind). Files freed by the
# cycle collector are not tested: CPython loses their buffered data.
import os
import sys

d = 'io_lifetime_dir'
os.mkdir(d)
p = os.path.join(d, 'l.txt')

def write_and_drop():
    f = open(p, 'w')
    f.write('dropped without close\n')

write_and_drop()
print(open(p).read(), end='')

left_open = open(p)
print(left_open.readline(), end='')
os.remove(p)
os.rmdir(d)

out = open(sys.stdout.fileno(), 'w', closefd=False)
print(out.closed, out.name == sys.stdout.fileno())
sys.stdout.flush()
out.write('written at exit by a file never closed\n')
