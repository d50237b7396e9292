# split, rsplit, splitlines, partition, join.
s = "  a b\tc\n d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.rsplit(" ", 2))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","))
print("".split(), "a||b||c".split("||"), "aaa".split("a"), "x".rsplit("x"))
print("abc".split("abc"), " x ".rsplit(), "a b c".rsplit(maxsplit=1), "a b".split(sep=" "))
t = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight\x85nine\n"
print(t.splitlines())
print(t.splitlines(True))
print(t.splitlines(keepends=True)[:3], "".splitlines(), "\n".splitlines(), "x\n\n".splitlines())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "é".join(["α", "β"]))
for bad in [lambda: "a".split(""), lambda: "a".partition(""), lambda: "-".join([1]),
            lambda: "a".rsplit(""), lambda: "a".split(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
