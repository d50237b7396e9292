# closures: counters made by nested functions. make_counter returns closures
# sharing a cell updated with nonlocal; many counters are created and called,
# plus closures capturing loop values and a closure-returning adder chain.
# Size: number of rounds (default 1300000).
# Checksum: the final counter values and sums.
import sys


def make_counter(start, step):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


def make_adder(k):
    def add(x):
        return x + k
    return add


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1300000
    counters = [make_counter(i, i % 3 + 1) for i in range(16)]
    total = 0
    made = 0
    for r in range(n):
        inc, get = counters[r % 16]
        inc()
        inc()
        total += get()
        fresh_inc, fresh_get = make_counter(r, 2)
        fresh_inc()
        made += fresh_get()
        add = make_adder(r % 10)
        total += add(add(1))
        total %= 1000000007
    final = [get() for inc, get in counters]
    print("closures", n, total, made, sum(final), final[:4])


main()
