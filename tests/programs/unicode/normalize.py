# unicodedata.normalize / is_normalized: NFC, NFD, NFKC, NFKD.
import unicodedata as u

samples = ['caf\u00e9', 'cafe\u0301', '\u1e9b\u0323', '\ufb01ne', 'A\u030a\u212b', '\uac00\u11a8',
           '\u1100\u1161\u11a8', 'e\u0301\u0327', 'e\u0327\u0301', '\u2460\u00bd\u2075',
           '\u0958\u0929', '\u00c5\u0316\u0301', 'plain ascii', '', '\u0344\u0f73',
           'a\u0301\u0301\u0316', '\u05d0\u05b7\u05bc', '\U0001d15e\U0001d165', '\u212b\u2126']
for s in samples:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
s = 'abc'
print(u.normalize('NFC', s) is s)
print(u.normalize('NFD', 'caf\u00e9' * 1000) == 'cafe\u0301' * 1000)
for bad in [('NFX', 'a'), ('nfc', 'a')]:
    try:
        u.normalize(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    u.normalize('NFC', 5)
except TypeError as e:
    print('TypeError', e)
try:
    u.is_normalized('NFC', b'x')
except TypeError as e:
    print('TypeError', e)
