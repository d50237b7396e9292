# Encodings of text files: UTF-8 by default (multi-byte characters count
# as one), latin-1 and ascii, and the errors of unknown or bad data.
import os

d = 'io_text_encoding_dir'
os.mkdir(d)
p = os.path.join(d, 'e.txt')

with open(p, 'w') as f:
    print(f.write('h\u00e9llo w\u00f6rld \u20ac\U0001f600\n'))
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='utf-8') as f:
    print(f.read(2), f.read(4), f.tell())
    print(repr(f.read()))
for enc in ['utf8', 'UTF-8', 'utf_8']:
    with open(p, encoding=enc) as f:
        print(f.encoding, len(f.read()))
with open(p, 'w', encoding='latin-1') as f:
    print(f.encoding, f.write('caf\u00e9\n'))
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='latin-1') as f:
    print(repr(f.read(4)), f.tell())
try:
    with open(p) as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(p, errors='replace') as f:
    print(repr(f.read()))
with open(p, 'w', encoding='ascii') as f:
    f.write('plain\n')
    try:
        f.write('caf\u00e9')
    except UnicodeEncodeError as e:
        print(e)
try:
    open(p, encoding='klingon')
except LookupError as e:
    print(type(e).__name__, e)
try:
    open(p, 'w', encoding='nope')
except LookupError as e:
    print(type(e).__name__, e)
try:
    open(p, encoding=8)
except TypeError as e:
    print(e)
with open(p) as f:
    print(repr(f.read()))
os.remove(p)
os.rmdir(d)
