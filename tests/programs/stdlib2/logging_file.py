import logging
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'out.log')
with open(path, 'w') as fp:
    fp.write('old line\n')
logging.basicConfig(filename=path, filemode='w', level=logging.INFO,
                    format='%(name)s:%(levelname)s:%(message)s')
logging.info('first')
logging.getLogger('x.y').warning('second %s', 2)
logging.debug('dropped')
h = logging.root.handlers[0]
print(type(h).__name__, h.mode, os.path.basename(h.baseFilename))
logging.basicConfig(level=logging.DEBUG)  # ignored: root has a handler
print(logging.root.level)
logging.shutdown()
with open(path) as fp:
    print(fp.read(), end='')
logging.basicConfig(filename=path, format='%(message)s', force=True)
logging.warning('appended')
logging.shutdown()
with open(path) as fp:
    print(fp.read(), end='')
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print('ValueError', e)
logging.root.handlers.clear()
os.remove(path)
os.rmdir(d)
