# unicodedata: character properties from the Unicode Character Database.
import unicodedata as u

print(u.unidata_version)
chars = 'aA1\u00e9\u0300\u05d0\u0660\u00bd\u2167\u4e00\uac00 \u2028\u200b\x00\u0378\U0001f600\ue000\uff21\u00a0\u0f33\u216b'
for c in chars:
    print('%04X' % ord(c), u.category(c), repr(u.bidirectional(c)), u.combining(c),
          u.east_asian_width(c), u.mirrored(c), repr(u.decomposition(c)),
          u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
print(u.mirrored('('), u.mirrored('\u2208'), u.combining('\u0301'), u.combining('\u0345'))
print(u.numeric('\u2155'), u.numeric('\u5146'), u.numeric('\U0001ed3d', 'none'), u.digit('\u2460'))
print(u.decomposition('\ufb01'), '|', u.decomposition('\u1e9b'), '|', u.decomposition('\uac00'))
for f, arg in [(u.decimal, 'x'), (u.digit, '\u00bd'), (u.numeric, 'x')]:
    try:
        f(arg)
    except ValueError as e:
        print('ValueError', e)
for bad in ['ab', '', 65, b'a']:
    try:
        u.category(bad)
    except TypeError as e:
        print('TypeError', e)
# Every code point agrees with itself across the helpers (a cheap sweep).
counts = {}
for cp in range(0, 0x3000):
    cat = u.category(chr(cp))
    counts[cat] = counts.get(cat, 0) + 1
print(sorted(counts.items()))
print(sum(1 for cp in range(0x2F000, 0x33000) if u.category(chr(cp)) == "Cn"))
