# Lookaround, laziness, repetition counts, backreferences, anchors.
import re

print(re.findall(r'\w+(?=!)', 'hi! no yes!'))
print(re.findall(r'\w+(?!\w|!)', 'hi! no yes!'))
print(re.findall(r'(?<=\$)\d+', 'cost $30, $45 or 50'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30, $45 or 50'))
print(re.search(r'<.*>', '<a><b>').group(), re.search(r'<.*?>', '<a><b>').group())
print(re.search(r'a{2,}?', 'aaaa').group(), re.search(r'a{,2}', 'aaaa').group(), re.search(r'a{1,3}', 'aaaa').group())
print(re.search(r'x{2}', 'x{2}xx').span(), re.search(r'x{a}', 'x{a}').span())
print(re.search(r'(\w)\1', 'abccd').group(), re.search(r'(?P<c>\w)(?P=c)', 'xyzzy').span())
print(re.match(r'(a)?(?(1)b|c)', 'ab').group(), re.match(r'(a)?(?(1)b|c)', 'c').group())
print(re.search(r'\Aab', 'ab ab').span(), re.search(r'ab\Z', 'ab ab').span(), re.search(r'ab\Z', 'ab\n'))
print(re.findall(r'\bfoo\b', 'foo foobar afoo foo.'), re.findall(r'\Bo\B', 'foo food'))
print(re.search(r'[^a-c]+', 'abcdefabc').group(), re.search(r'[]a]+', 'x]a]y').group())
print(re.search(r'[\d\s]+', 'ab1 2c').group(), re.search(r'[a\-z]+', 'b-za').group())
print(re.search(r'(?:ab)+', 'xababy').group(), re.search(r'a|b|c', 'xxc').group())
print(re.search(r'(?>a+)b', 'aab').group(), re.search(r'a++b', 'aab').group())
print(re.search(r'(?#comment)x', 'yx').span())
