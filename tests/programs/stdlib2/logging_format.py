import io
import logging
import re

rec = logging.LogRecord('app.db', logging.INFO, '/srv/app/db.py', 42, 'rows=%d', (7,), None,
                        func='query')
for fmt, style in [('%(name)s %(levelname)s %(message)s', '%'),
                   ('%(levelno)d|%(lineno)d|%(funcName)s|%(module)s|%(filename)s', '%'),
                   ('%(name)-10s|%(levelname)5.2s|', '%'),
                   ('{name} {levelname:>8} {message!r}', '{'),
                   ('${name}: $message', '$')]:
    print(logging.Formatter(fmt, style=style).format(rec))
print(logging.Formatter().format(rec), rec.message)
print(logging.Formatter('%(message)s %(user)s', defaults={'user': 'nobody'}).format(rec))
t = logging.Formatter('%(asctime)s %(message)s').format(rec)
print(bool(re.fullmatch(r'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} rows=7', t)))
t = logging.Formatter('[%(asctime)s]', datefmt='%Y').format(rec)
print(len(t), t[1:5].isdigit())
print(logging.Formatter('%(asctime)s').usesTime(), logging.Formatter('%(message)s').usesTime())
for fmt, style in [('no fields', '%'), ('no fields', '{'), ('no fields', '$')]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print('ValueError', e)
try:
    logging.Formatter('%(nosuch)s').format(rec)
except ValueError as e:
    print('ValueError', e)
print(repr(rec))
r2 = logging.LogRecord('n', 10, 'p.py', 1, 'a %(x)s b', ({'x': 5},), None)
print(r2.getMessage())
r3 = logging.LogRecord('n', 10, 'p.py', 1, 12345, None, None)
print(r3.getMessage(), r3.levelname)
out = io.StringIO()
h = logging.StreamHandler(out)
h.terminator = ' | '
log = logging.getLogger('term')
log.propagate = False
log.addHandler(h)
log.warning('a')
log.warning('b')
print(repr(out.getvalue()))
print(repr(h), repr(logging.NullHandler()), repr(log), repr(logging.getLogger()))
adapter = logging.LoggerAdapter(log, {'k': 1})
print(repr(adapter))


class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['conn'], msg), kwargs


out.truncate(0)
out.seek(0)
Ctx(log, {'conn': 'c1'}).warning('query %s', 'x')
print(repr(out.getvalue()))
