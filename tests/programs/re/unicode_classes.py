# Unicode \s \w \d and case folding agree with str.isspace/isalnum.
import re
print(re.findall(r'\s', '\x1c\x1f\x85\xa0\u2028 \t'), re.findall(r'\w', '_٣ⅷ²aé\u0301'), re.findall(r'\d', '²٣𝟘'))
print(re.findall(r'(?i)[a-z]+', 'ÀbC'), re.findall('(?i)K', 'k\u212a'), re.findall('(?i)ß', 'ẞß'))
print(re.findall(r'\bé', 'x é'), re.findall(r'[^\W\d]+', 'ab12cd'))
print(re.findall(r"[\s]", "\x1c a"), re.findall(r"\S+", "a\x1cb c"), re.findall(r"\s", "\x1c", re.A), re.findall(r"[^\s]", "\x1ca"))
