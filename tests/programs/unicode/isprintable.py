# str.isprintable follows the Unicode database: unassigned code points,
# controls, format characters and separators other than space are not.
tests = ['abc', ' ', '\t', '\u00e9', '\u0378', '\u00ad', '\u2028', '\u200b', '\U0001f600',
         '\U0001faf7', '\ue000', '\U000e0001', '\u3000', '\uffff', '\u0300', '\U000e0100']
for t in tests:
    print(ascii(t), t.isprintable())
print(sum(1 for cp in range(0x2F000, 0x33000) if chr(cp).isprintable()), "\U00031350".isprintable())
