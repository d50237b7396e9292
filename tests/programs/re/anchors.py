# Anchors under re.M (^ after a final newline too), escapes, octal, group 11.
import re
print(re.findall('(?m)^', 'a\n'), re.findall('(?m)$', 'a\n'), re.findall('$', 'a\n'), re.sub('(?m)^', '>', 'a\nb\n'))
print(re.findall(r'\w+', 'a_b c1'), re.findall(r'(?x) a \  b', 'a b'), re.findall(r'(?x)[ ]a', ' a'))
print(re.match(r'(?s:.)', '\n'), re.match(r'\0', '\0'), re.match(r'[\0]', '\0'), re.match(r'\01', '\x01'))
print(re.findall(r'\x41\101', 'AA'), re.search(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'))
print(re.fullmatch(r'(?:a|b)*', 'abab'), re.search(r'\d{2,}$', 'ab1234'))
