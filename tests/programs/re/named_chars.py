# \N{NAME} escapes in str patterns (names from the Unicode database).
import re
for p in [r'\N{LATIN SMALL LETTER A}', r'[\N{DIGIT ONE}-\N{DIGIT THREE}]', r'\N', r'\Nx', r'\N{', r'\N{FOO BAR}', r'\N{latin small letter b}', r'x\N{}', r'\N{EURO SIGN}+']:
    try: print(repr(p), re.findall(p, 'ab123€€'))
    except re.error as e: print(repr(p), e)
try: re.compile(rb'\N{DIGIT ONE}')
except re.error as e: print(e)
