# int_loop: integer arithmetic in plain loops. A linear congruential generator,
# bit operations, floor division, modulo and comparisons on small ints, inside
# `for ... in range` and `while` loops.
# Size: number of iterations of the main loop (default 3000000).
# Checksum: the final state of the accumulators.
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
    x = 12345
    total = 0
    odd = 0
    bits = 0
    for i in range(n):
        x = (x * 69069 + 12345) % 4294967296
        if x & 1:
            odd += 1
        total = (total + (x >> 7) - i // 3) % 1000000007
        bits ^= x << (i % 5)
    # a while loop with a countdown and a digit sum
    k = n
    digits = 0
    while k > 0:
        digits += k % 10
        k //= 10
    print("int_loop", n, x, total, odd, bits, digits)


main()
