# center, ljust, rjust, zfill, expandtabs, strip family, prefix/suffix.
for w in ["abc", "é", "", "abcdef"]:
    print(repr(w.center(7)), repr(w.center(8, "*")), repr(w.ljust(5, "-")), repr(w.rjust(5, "é")),
          repr(w.zfill(5)))
print("-42".zfill(6), "+3".zfill(4), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)),
      repr("ab\n\tc".expandtabs(3)), repr("é\tx".expandtabs(2)))
s = "xxhixyx"
print(s.strip("x"), s.lstrip("xy"), s.rstrip("yx"), "  a  ".strip(), "\u3000a\t".strip(),
      "ééaé".strip("é"), "abc".rstrip(""))
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "a.py".removesuffix(".py"),
      "a.py".removesuffix(""), "x".removeprefix("x"))
print("hello".startswith("he"), "hello".startswith(("x", "hel")), "hello".startswith("l", 2),
      "hello".endswith("lo", 0, 5), "hello".endswith("l", 0, 4), "hello".startswith("", 5),
      "hello".startswith("", 6))
for bad in [lambda: "a".center(3, "ab"), lambda: "a".ljust(3, ""), lambda: "a".strip(1),
            lambda: "a".startswith(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
