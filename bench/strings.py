# strings: string building and %-formatting. Each record is formatted with
# %s, %d, %5d, %x, %-8s and %.3f, pieces are concatenated with + and +=,
# collected in a list and joined; then the text is split, searched and
# case-converted. Records are processed in chunks of 20000, so memory stays
# small and the work is the string operations themselves.
# Size: number of records (default 800000).
# Checksum: lengths, counts and a positional hash of the text (no hash()).
import sys

NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
CHUNK = 20000


def chunk(start, stop):
    parts = []
    line = ""
    for i in range(start, stop):
        name = NAMES[i % 8]
        s = "%s-%d:%5d|%x|%-8s|%.3f" % (name, i, i % 9973, i * 7, name.upper(), i / 7.0)
        line += s[0]
        if len(line) > 60:
            parts.append(line)
            line = ""
        parts.append("<" + s + ">")
    text = "\n".join(parts)
    fields = text.split("|")
    upper = 0
    for f in fields:
        if f.isupper():
            upper += 1
    h = 0
    for p in parts[::97]:
        h = (h * 31 + len(p) + ord(p[-2])) % 1000000007
    return [len(text), len(parts), len(fields), upper, text.count("beta"),
            text.find("theta-1007"), text.lower().count("eps"), h]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
    sums = [0, 0, 0, 0, 0, 0, 0, 0]
    for start in range(0, n, CHUNK):
        r = chunk(start, min(start + CHUNK, n))
        for k in range(8):
            sums[k] = (sums[k] * 7 + r[k]) % 1000000007
    print("strings", n, sums)


main()
