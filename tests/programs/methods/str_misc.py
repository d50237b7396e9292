# Strings are immutable; methods return new strings.
s = 'Hello'
t = s.replace('H', 'J')
print(s, t)
print(s.lower().startswith('he'), s[::-1].upper())
text = '  Some Words Here  '
print(text.strip().lower().split())
print('-'.join(text.split()).upper())
print('abc' * 2 + 'd', len('x'.join(['ab', 'cd'])))
