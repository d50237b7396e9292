# Property-style sweep: seeded random ints of every size (up to a few
# hundred digits) through str, repr, hex/oct/bin, every integer format
# spec and % form, int(text, base) round trips and the arithmetic that
# crosses the small/big boundary. CPython's output is the expectation.
import random

rng = random.Random(20261121)


def some_int():
    kind = rng.randrange(5)
    if kind == 0:
        return rng.randint(-300, 300)
    if kind == 1:
        return rng.getrandbits(62) - (1 << 61)
    if kind == 2:
        return rng.choice([1, -1]) * ((1 << rng.choice([62, 63, 64, 65, 127, 128])) + rng.randint(-2, 2))
    return rng.choice([1, -1]) * rng.getrandbits(rng.randint(1, 300))


specs = ["", "d", "+d", " d", ",", "_", "x", "X", "#x", "o", "#o", "b", "#b", "_b", "_x",
         "20", "<20", ">20", "^20", "=+20", "020", "020,", "*^30", "e", ".3e", "g", ".10g", "%",
         ".2%", "n", "c"]
for _ in range(300):
    v = some_int()
    out = [str(v), repr(v), hex(v), oct(v), bin(v)]
    for spec in specs:
        if spec == "c" and not 0 <= v < 0x110000:
            continue
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    out.append("%d|%5d|%-5d|%x|%X|%#o|%+d|% d" % (v, v, v, v, v, v, v, v))
    for base in (2, 8, 10, 16, 36):
        text = format(v, {2: "b", 8: "o", 10: "d", 16: "x"}.get(base, "d"))
        if base == 36:
            text = str(v)
            base = 10
        out.append(str(int(text, base) == v))
    w = some_int()
    out.append(str(v + w))
    out.append(str(v - w))
    out.append(str(v * w))
    if w:
        out.append(str(v // w))
        out.append(str(v % w))
        out.append(str(divmod(v, w)))
        out.append(repr(v / w) if abs(v) < 1 << 1000 and abs(w) < 1 << 1000 else "-")
    out.append(str(v & w))
    out.append(str(v | w))
    out.append(str(v ^ w))
    out.append(str(~v))
    out.append(str(v << (abs(w) % 70)))
    out.append(str(v >> (abs(w) % 70)))
    out.append(str(v * v))
    out.append(str(abs(v).bit_length()))
    out.append(str(hash(v)))
    out.append(str(v == w) + str(v < w) + str(v >= w))
    print(" ".join(out))
