# unicodedata.name and lookup, with algorithmic names and aliases.
import unicodedata as u

for c in 'a\u00e9\u03b1\u4e00\U00020000\uac00\ud7a3\uf900\U0001f600\u2028\U00016fe4\U0001b170':
    print('%04X' % ord(c), u.name(c, '?'))
for c in '\x00\u0378\ue000\U00017000':
    print('%04X' % ord(c), u.name(c, 'no name'))
try:
    u.name('\x1f')
except ValueError as e:
    print('ValueError', e)
for n in ['LATIN SMALL LETTER A', 'latin small letter e with acute', 'GREEK SMALL LETTER ALPHA',
          'CJK UNIFIED IDEOGRAPH-4E00', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH',
          'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900', 'LINE FEED',
          'BYTE ORDER MARK', 'nbsp', 'NUSHU CHARACTER-1B170', 'SNOWMAN', 'GRINNING FACE']:
    print(n, '->', ascii(u.lookup(n)))
for n in ['NOT A CHARACTER', 'cjk unified ideograph-4e00', 'hangul syllable ga',
          'CJK UNIFIED IDEOGRAPH-9FFFF', 'HANGUL SYLLABLE GAX', 'LATIN SMALL LETTER', 'x' * 300, '']:
    try:
        u.lookup(n)
    except KeyError as e:
        print('KeyError', e)
# name() and lookup() are inverse over a sample of the named code points.
ok = 0
for cp in range(0x20, 0x30000, 53):
    n = u.name(chr(cp), None)
    if n is not None:
        assert u.lookup(n) == chr(cp), n
        ok += 1
print(ok, 'round trips')
