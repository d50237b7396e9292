# \N{NAME} escapes in string literals and f-strings.
print(ascii('\N{GREEK SMALL LETTER ALPHA}\N{greek small letter beta}'))
print(ascii("\N{EM DASH}|\N{LINE FEED}|\N{BOM}|\N{NO-BREAK SPACE}|\N{CJK UNIFIED IDEOGRAPH-4E00}"))
print(ascii(f"\N{EM DASH}{1 + 1}\N{EM DASH}"), ascii(f"{2:\N{MIDDLE DOT}>5}"))
print(ascii('\N{HANGUL SYLLABLE GAG}'), ascii('\N{SNOWMAN}' * 3))
print(b'\N{SNOWMAN}', r'\N{SNOWMAN}', rb'\N{X}', '\\N{SNOWMAN}')
print(len('\N{LATIN CAPITAL LETTER A WITH RING ABOVE}\N{ANGSTROM SIGN}'))
