# casefold and the special (one-to-many) case mappings; Unicode classes.
for w in ["Straße", "µ", "ﬁ", "ſ", "ς", "ẞ", "Ꭰꭰ", "İ", "ǅ", "ΣΑΣ", "MASSE"]:
    print(repr(w), w.casefold(), w.lower(), w.upper(), w.title(), w.swapcase(), w.capitalize())
print("Straße".casefold() == "STRASSE".casefold(), "ǳ".title(), "ǲ".istitle(), "Ǳ".isupper())
print("ΑΣ ΣΑ".lower(), "ΑΣΣ".lower(), "Σ".lower(), " Σ ".lower(), "ΑΣ'".lower(), "ΑΣ.Α".lower())
print([c.isdecimal() for c in "5٣۳߃१⑦²½Ⅻ万"])
print([c.isdigit() for c in "5٣۳߃१⑦²½Ⅻ万"])
print([c.isnumeric() for c in "5٣۳߃१⑦²½Ⅻ万"])
print([c.isalpha() for c in "aéΩж中ℌª々²\u0300"], "x²".isidentifier(), "℘".isidentifier())
print([w.isidentifier() for w in ["変数", "a\u0301", "_٣", "٣", "Ⅻ", "a·b", "a-b", "ǅ"]])
