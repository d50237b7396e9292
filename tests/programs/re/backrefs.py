# Backreferences by number and name: Python's rules (no forward or open
# references, octal escapes of three digits) and its messages.
import re
for p in [r'(a\1)', r'(?P<a>x(?P=a))', r'\1(a)', r'(a)\777', r'(a)\12', r'(?P=zz)', r'(a)(?P=a)', r'(?P<a>x)(?P=a)', r'(a)\1', r'(a)\101', r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', r'(a)\1\0', r'[\1]']:
    try:
        c = re.compile(p)
        print(p, 'ok', c.search('aaxxA\x01\x00abcdefghijkk'))
    except re.error as e: print(p, e)
