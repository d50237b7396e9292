import io
import logging
import sys

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(levelname)s:%(funcName)s:%(message)s'))
log = logging.getLogger('exc')
log.addHandler(h)
log.propagate = False


def divide():
    try:
        return 1 / 0
    except ZeroDivisionError:
        log.exception('failed to divide %d', 1)


divide()
try:
    int('x')
except ValueError as e:
    log.error('caught', exc_info=e)
log.warning('stack', stack_info=True)
text = out.getvalue()
lines = text.splitlines()
print(lines[0])
print(lines[1])
print([l for l in lines if not l.startswith(' ')])
print(text.count('Traceback (most recent call last):'))
print(logging.lastResort, logging.lastResort.level)
print(logging.getLogger('unconfigured').hasHandlers())
logging.getLogger('unconfigured').info('dropped')
logging.getLogger('unconfigured').error('printed by the last resort, bare: %s', 'ok')


def inner():
    log.info('deep', stack_info=True)


def outer():
    inner()


out.truncate(0)
out.seek(0)
log.setLevel(logging.INFO)
outer()
print([l.strip() for l in out.getvalue().splitlines() if not l.startswith('  File')])
