# % formatting with literal runs and values of every length from 0 to 20
# bytes around the conversions (the short copies of the formatter), padded
# and not, ASCII and not.
lits = ["", "a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh", "abcdefghi",
        "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopqrst"]
for lit in lits:
    for val in lits:
        print(("%s" + lit + "%s|" + lit) % (val, val[::-1]))
        print(("<" + lit + "%8s>%-10s" + lit) % (val, val))
        print((lit + "%d" + lit + "%x") % (len(val) * 12345, len(lit) * 999999937))
for lit in ("é", "éé", "ééé", "éééé", "ééééé", "ééééééééé"):
    print(("%s" + lit + "%5s" + lit) % (lit, lit * 2))
print("%s%s%s" % ("x" * 7, "y" * 9, "z" * 17))
