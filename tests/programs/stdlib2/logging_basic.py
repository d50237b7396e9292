import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(module)s|%(message)s')
logging.debug('debug %s', 1)
logging.info('info %d%%', 50)
logging.warning('warn')


def f():
    logging.error('from f: %r', [1, 'a'])


f()
logging.critical('crit')
logging.log(25, 'custom level')
logging.addLevelName(25, 'NOTICE')
logging.log(25, 'named level')
log = logging.getLogger('app')
log.info('app info')
log.setLevel(logging.WARNING)
log.info('hidden')
log.warning('shown %s and %s', 'a', 'b')
log.info('dict %(x)s', {'x': 42})
print(log, logging.getLogger(), logging.root.handlers[0].level)
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(7))
print(log.getEffectiveLevel(), log.isEnabledFor(logging.ERROR), log.isEnabledFor(10))
print(logging.getLogger('app') is log, logging.getLogger('root') is logging.root)
try:
    1 / 0
except ZeroDivisionError:
    class Tidy(logging.Formatter):
        # The traceback names this file: keep the absolute path out of the output.
        def format(self, record):
            return super().format(record).replace(__file__, 'HERE')
    logging.root.handlers[0].setFormatter(Tidy('%(levelname)s %(message)s'))
    rec = []
    h = logging.Handler()
    h.emit = rec.append
    log.addHandler(h)
    log.exception('boom')
    print(rec[0].exc_info[0].__name__, rec[0].levelname, rec[0].getMessage())
    log.removeHandler(h)
logging.disable(logging.WARNING)
log.warning('disabled')
log.error('not disabled')
logging.disable(logging.NOTSET)
log.warning('back')
for bad in ['LOUD', 1.5]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
log.setLevel('DEBUG')
print(log.level)
try:
    log.log('x', 'y')
except TypeError as e:
    print('TypeError', e)
try:
    logging.basicConfig(stream=sys.stdout, filename='x.log', force=True)
except ValueError as e:
    print('ValueError', e)
