# Indexing and slicing by code point, ASCII and not; ord, chr, ascii.
s = "aé€😀b"
print(len(s), [s[i] for i in range(len(s))], [s[-i] for i in range(1, 6)])
print(s[1:4], s[::-1], s[::2], s[-2:], s[10:], s[1:-1:2], s[4:0:-1])
print([ord(c) for c in s], chr(233), chr(0x1F600), chr(65), repr(chr(0)), repr(chr(0x10FFFF)))
print(ascii(s), ascii("plain"), ascii("\n\t'"), ascii(["é", 1]), repr("é\x07\u200b"))
long = ("é" * 1000 + "x") * 200
n = 0
for i in range(0, len(long), 7):
    if long[i] == "x":
        n += 1
print(len(long), n, long[-1], long[1000], long[200199], long[100000:100003])
print(sum(1 for c in long if c == "x"), long.index("x", 5000), long.rfind("é"))
for f in [lambda: s[5], lambda: s[-6], lambda: ord("ab"), lambda: ord(""), lambda: chr(-1),
          lambda: chr(0x110000), lambda: s["a"], lambda: chr(1.5)]:
    try:
        f()
    except (IndexError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(str(), str(1.5), str(None), "", repr("a'b\"c"), repr('a"b'),
      repr("'"), repr("\\"), repr("\x7f\x80\xff"))
print("ab" * 3, 3 * "é", "x" * 0, "x" * -1, "a" + "é", "abc" < "abd", "é" > "z", "a" < "ab")
print(min("hello"), max("héllo"), sorted("bca"), list(reversed("aé€")), "é€".__len__())
