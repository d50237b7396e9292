# upper/lower/casefold and isupper/islower on ASCII text take a direct
# path; every ASCII character must map as in CPython.
text = ''.join(chr(c) for c in range(128))
print(repr(text.upper()))
print(repr(text.lower()))
print(text.casefold() == text.lower(), text.swapcase() == text.upper().swapcase().swapcase())
print(len(text.upper()), len(text.lower()), text.upper().isascii())
for s in ['', 'A', 'a', '1', 'ABC', 'AbC', 'A1B2', 'a1b2', '@[`{', 'Z@', 'z{', 'HELLO WORLD',
          'hello world', 'MIXED case', '123 456', 'İ', 'ß', 'ÀB', 'àb']:
    print(repr(s), s.isupper(), s.islower(), repr(s.upper()), repr(s.lower()), s.title(),
          s.capitalize())
# The result is a proper str: indexing, hashing and comparison work.
u = 'abc-XYZ'.upper()
print(u, u[1], u[-1], u == 'ABC-XYZ', {u: 1}['ABC-XYZ'], u.lower() is not u)
