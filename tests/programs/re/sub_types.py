# sub with replacements of the wrong type, or callables returning None.
import re
for args in [(b'a', 'x', b'a'), ('a', b'x', 'a'), ('a', 5, 'a'), ('a', lambda m: 5, 'a'), ('a', lambda m: None, 'bab')]:
    try:
        print(re.sub(*args))
    except TypeError as e:
        print('TypeError', e)
print(re.sub('a', 'b', 'aaa', count=-1) if False else '', re.split('a', 'bab', maxsplit=-1))
m = re.match('(a)', 'a')
print(m.group(True) if False else '', m.span(0), m.expand(b'x' if False else r'\1\1'))
