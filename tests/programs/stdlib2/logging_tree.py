import io
import logging
import os
import sys
import tempfile

# Unconfigured: warnings go to the last-resort handler, as bare messages.
err = io.StringIO()
saved, sys.stderr = sys.stderr, err
logging.getLogger('quiet').warning('last resort %d', 1)
logging.getLogger('quiet').info('not shown')
sys.stderr = saved
print(repr(err.getvalue()))

a_b_c = logging.getLogger('a.b.c')
a = logging.getLogger('a')
print(a_b_c.parent is a, a.parent is logging.root)
a_b = logging.getLogger('a.b')
print(a_b_c.parent is a_b, a_b.parent is a, a.getChild('b') is a_b)

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('[%(name)s] %(levelname)-8s %(message)s'))
a.addHandler(h)
a.setLevel(logging.INFO)
a_b_c.info('from c')
a_b.debug('hidden')
a_b.propagate = False
a_b_c.warning('stops at b')
a_b.propagate = True
h2 = logging.StreamHandler(out)
h2.setLevel(logging.ERROR)
h2.setFormatter(logging.Formatter('{levelname}:{name}:{message}', style='{'))
a_b.addHandler(h2)
a_b_c.error('two handlers')
a_b.removeHandler(h2)


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


f = OnlyEven()
a.addFilter(f)
for i in range(4):
    a.info('n=%d', i)
a.removeFilter(f)
h.addFilter(lambda r: 'secret' not in r.getMessage())
a.info('a secret')
a.info('public')
h.filters.clear()
h.addFilter(logging.Filter('a.b'))
a.info('not a.b')
a_b_c.info('under a.b')
h.filters.clear()

adapter = logging.LoggerAdapter(a, {'user': 'ann'})
h.setFormatter(logging.Formatter('%(user)s: %(message)s'))
adapter.info('hello %s', 'there')
print(adapter.name, adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())
a.info('with extra', extra={'user': 'bob'})
try:
    a.info('clash', extra={'name': 'x'})
except KeyError as e:
    print('KeyError', e)
h.setFormatter(logging.Formatter('$levelname $message', style='$'))
a.warning('dollar')
print(out.getvalue(), end='')

n = logging.getLogger('lib')
n.addHandler(logging.NullHandler())
n.warning('swallowed')
print(n.hasHandlers(), logging.getLogger('zzz').hasHandlers())

d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
flog = logging.getLogger('file')
flog.addHandler(fh)
flog.warning('to file')
flog.error('again')
fh.close()
flog.removeHandler(fh)
with open(path) as fp:
    print(repr(fp.read()))
os.remove(path)
os.rmdir(d)

r = logging.makeLogRecord({'msg': 'made %s', 'args': ('here',), 'levelno': 20})
print(r.getMessage(), r.levelno)
print(repr(logging.Formatter().format(r)))
try:
    logging.Formatter('%(x)s', style='?')
except ValueError as e:
    print('ValueError', e)
for v in [logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING,
          logging.WARN, logging.INFO, logging.DEBUG, logging.NOTSET]:
    print(v, logging.getLevelName(v))
