# int(x, base): prefixes, underscores, whitespace, signs and the errors.
cases = [("42", 10), ("  -42  ", 10), ("+7", 10), ("1_000_000", 10), ("0x1F", 16), ("1f", 16),
         ("0b101", 0), ("0o777", 0), ("0x_ff", 0), ("z", 36), ("ZZ", 36), ("-0b11", 0),
         ("0", 0), ("00", 0), ("10", 2), ("0B1_0", 2), ("0O17", 8), ("١٢٣", 10)]
for s, b in cases:
    print(repr(s), b, int(s, b))
bad = [("", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("012", 0), ("0x", 16), ("12", 2),
       ("1.5", 10), ("0b2", 0), (" ", 10), ("- 1", 10), ("9", 8)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError", e)
for s, b in [("1", 1), ("1", 37), ("1", -1)]:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)
print(int(3.99), int(-3.99), int("  12\n"), int(True), int(), int(2 ** 80 + 0.0))
print(bin(10), oct(-8), hex(255), hex(-(2 ** 70)), bin(0))
print(format(255, "b"), format(255, "#o"), format(255, "#X"), format(-255, "x"), f"{10:#b}")
print(format(1234567, ","), format(1234567, "_"), format(0xdeadbeef, "_x"), format(5, "08b"))
print(format(42, "c"), format(42, "+d"), format(42, " d"), format(-42, "=+8d"), format(42, "^9"))
print(format(42, "e"), format(42, ".2f"), format(42, "%"), format(42, "g"), format(42, "n"))
