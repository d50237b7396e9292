# Shifts and bitwise operators on negative and big ints; bit_length, bit_count.
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 65 + 3, -(2 ** 65) - 3]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b, end=" ")
    print(~a, a << 3, a >> 1, a >> 70, a << 70 >> 70 == a)
for v in vals + [2 ** 1000]:
    print(v.bit_length(), v.bit_count(), abs(v).bit_length())
for bad in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.0 << 2, lambda: 1 & 1.5]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True, True << 2)
