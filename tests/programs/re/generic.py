# re.Pattern[str] and re.Match[bytes] work in annotations; copy keeps the object.
import copy
import re

def first_word(p: re.Pattern[str], s: str) -> re.Match[str]:
    return p.match(s)

print(re.Pattern[str] is not None, re.Match[bytes] is not None)
print(first_word(re.compile(r'\w+'), 'hello there'))
p = re.compile('x')
m = p.match('x')
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)
