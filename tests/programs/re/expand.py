# Match.expand fills a template like sub does.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(x)?', 'Ada Lovelace')
print(m.expand(r'\2, \1'), m.expand(r'\g<last>/\g<first>'), m.expand(r'\g<0>!'))
print(repr(m.expand(r'[\3]')), m.expand(r'tab\there'), m.expand('plain'))
mb = re.match(rb'(\d+)-(\d+)', b'10-20')
print(mb.expand(rb'\2-\1'))
try:
    m.expand(r'\9')
except re.error as e:
    print('error:', e)
