# Case methods and predicates, ASCII and beyond.
words = ["hello world", "Hello World", "HELLO", "ß straße", "ǆemal", "ﬁnal", "İstanbul",
         "they're bill's friends", "a1b2 c3", "", "ΣΑΣ ὈΔΥΣΣΕΎΣ", "ǅ", "123", "ʼn"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
    print(w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isdigit(),
          w.isdecimal(), w.isnumeric(), w.isspace(), w.isascii(), w.isprintable(),
          w.isidentifier())
for w in ["x", "_x1", "1x", "é", "a-b", "class", " ", "\t\n", "²", "½", "٣", "\x00", "\u2028",
          "a\u0300", "Ⅻ", "\u00a0", "\x7f"]:
    print(repr(w), w.isidentifier(), w.isprintable(), w.isdigit(), w.isnumeric(),
          w.isdecimal(), w.isspace(), w.isalpha())
