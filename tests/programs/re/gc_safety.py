# Patterns and matches in reference cycles are collected; nothing leaks
# (the test runner's leak check fails this program otherwise).
import gc
import re

class Box:
    pass

for i in range(50):
    b = Box()
    b.pattern = re.compile('(x)(?P<n>%d)' % i)
    b.match = b.pattern.match('x%d' % i)
    b.self = b
    b.items = [b.match, b]
del b
gc.collect()
ms = [m for m in re.finditer(r'\w', 'abc')]
ms.append(ms)
del ms
print(gc.collect() > 0)
it = re.finditer('a', 'aaa')
print(next(it).span())
del it
cb = []
def repl(m):
    cb.append(m)
    return m.group().upper()
print(re.sub('[ab]', repl, 'abc'), len(cb), cb[0].span())
cb.append(cb)
del cb
gc.collect()
re.purge()
print('done')
