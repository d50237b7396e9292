# encode, comparisons, hashing, iteration, misc methods.
print("héllo".encode(), "abc".encode("utf-8"), "é".encode("ascii", "replace"), len("€".encode()))
print("x".encode("latin-1"), "é".encode("latin-1"), "ab".encode(encoding="ascii"))
for f in [lambda: "é".encode("ascii"), lambda: "x".encode("nope")]:
    try:
        f()
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
print(hash("abc") == hash("ab" + "c"), "abc" == "ab" + "c", "a" != None)
print(list(map(len, ["", "é", "€€", "😀😀😀"])), "é€" == "é" + "€", {"é": 1}["é"])
print("%s" % "x".join(sorted(set("mississippi"))), "abc".__contains__("b"), "ab".__add__("c"))
print("hello world".title(), "12abc".capitalize(), "a\tb".expandtabs(1), "x".zfill(-3))
print("Hello".__getitem__(1), "Hello".__mul__(2), "abc".__rmul__(2), str.__len__("héé"))
print("abc".encode().decode("ascii"), "café".encode().decode(encoding="utf-8"))
for f in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5,
          lambda: "a" < 1, lambda: -"a", lambda: bytes([255]).decode("utf-8")]:
    try:
        f()
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
