# dict_words: counting words in a dict. A text of pseudo-random words (from a
# fixed generator, so every run sees the same text) is split and counted with
# d[w] = d.get(w, 0) + 1 and with `in` tests; the counts are then ranked.
# Size: number of words (default 1400000).
# Checksum: distinct words, the ten most frequent with their counts, a total.
import sys

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze",
             "ba", "de", "fi", "go", "hu", "ja"]


def make_text(n):
    words = []
    x = 2024
    for _ in range(n):
        x = (x * 69069 + 12345) % 4294967296
        k = x >> 8
        w = SYLLABLES[k % 16] + SYLLABLES[(k >> 4) % 16]
        if k % 3 == 0:
            w += SYLLABLES[(k >> 8) % 16]
        words.append(w)
    return " ".join(words)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1400000
    text = make_text(n)
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    firsts = {}
    for w in counts:
        c = w[0]
        if c in firsts:
            firsts[c] += counts[w]
        else:
            firsts[c] = counts[w]
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top = " ".join(["%s=%d" % kv for kv in ranked[:10]])
    print("dict_words", n, len(counts), sum(counts.values()), len(firsts), top)


main()
