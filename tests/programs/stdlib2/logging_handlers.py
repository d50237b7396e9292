import io
import logging
import logging.handlers
import os
import tempfile

out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log = logging.getLogger('mem')
log.propagate = False
log.addHandler(mem)
log.warning('one')
log.warning('two')
print(repr(out.getvalue()), len(mem.buffer))
log.warning('three')
print(repr(out.getvalue()), len(mem.buffer))
log.warning('four')
log.error('flush now')
print(repr(out.getvalue()))
mem.close()


class ListQueue(list):
    def put_nowait(self, item):
        self.append(item)


q = ListQueue()
qh = logging.handlers.QueueHandler(q)
log.removeHandler(mem)
log.addHandler(qh)
log.warning('queued %d', 7)
print(len(q), q[0].msg, q[0].args)

d = tempfile.mkdtemp()
path = os.path.join(d, 'r.log')
rh = logging.handlers.RotatingFileHandler(path, maxBytes=20, backupCount=2)
rlog = logging.getLogger('rot')
rlog.propagate = False
rlog.addHandler(rh)
for i in range(6):
    rlog.warning('message %d', i)
rh.close()
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as fp:
        print(name, repr(fp.read()))
    os.remove(os.path.join(d, name))
os.rmdir(d)
