# The ASCII fast paths of str: upper/lower/isupper eight bytes at a time
# (letters next to '@', '[', '`', '{' at every position of a word), split
# and join building ASCII pieces, one-character strs shared as in CPython,
# short equality inside dict lookups, and % padding written in place.
edges = "@AZ[`az{\x7f 09_"
words = []
for n in range(0, 20):
    w = "".join(edges[(i * 7 + n) % len(edges)] for i in range(n))
    words.append(w)
    print(repr((w.upper(), w.lower(), w.swapcase(), w.isupper(), w.islower())))
for w in ["ABCDEFGHIJ", "abcdefghij", "ABCDEFGHIj", "abcdefghiJ", "12345678A", "1234567890"]:
    print(w.isupper(), w.islower(), w.upper(), w.lower())

text = " ".join(words)
print(len(text), text.split() == [w for w in " ".join(words).split()], len(text.split()))
print(repr("x\x1cy\x1fz\x0bw  v\n".split()), repr("a\x85b c".split()), repr("é  ü".split()))
joined = "|".join(["ab", "é", "c", ""])
print(repr(joined), len(joined), repr(joined[3]), repr(joined.split("|")))
print(repr(",".join(("a", "b"))), repr("".join([])), repr("é".join(["x", "y"])))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)

s = "hello"
t = "hello"
print(s[0] is s[0], s[1] is t[1], [c for c in s], s[1:2], s[-1])

counts = {}
for n in range(0, 18):
    base = "".join(chr(97 + i % 26) for i in range(n))
    counts[base] = n
    for k in range(n):
        other = base[:k] + "Z" + base[k + 1:]
        assert other != base and counts.get(other) is None
    assert counts["".join(list(base))] == n
print(len(counts))

for v in [0, 7, -42, 123456, 10**20]:
    print("%s-%d:%5d|%x|%-8s|%.3f|%05d|%+d|%.4d|%-6d|" % ("ab", v, v, v, "CD", v / 7.0, v, v, v, v))
for v in [0.0, -0.0, 0.5, 2.5, 1e-300, 5e-324, 2.675, 1.005, 4503599627370496.5]:
    print("%.3f|%f|%.0f|%.15f|%10.2f|%-10.1f|%08.3f|" % (v, v, v, v, v, v, v))
print("%5s|%-5s|%.1s|%5c|%c|" % ("é", "ü", "éa", "é", 65), len("%s" % "é"))
print("%s" % "ab" * 3, "abcabc".count("b"), "abcabc".find("ca"), "a|b||c".split("|"))
