# Memory goes back to the operating system: build a million objects (big
# ints, floats, small instances, strings), drop them with `del`, collect,
# and compare the resident set size (VmRSS in /proc/self/status) before,
# at the peak and after. The sizes differ between runs and interpreters, so
# the program prints verdicts, not numbers (run it with -v to see them).
import gc
import sys


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def under_sanitizer():
    # AddressSanitizer (the test suite's second build) keeps freed memory
    # in quarantine on purpose, to catch use after free: nothing goes back
    # to the system there, so that build cannot measure this.
    with open("/proc/self/maps") as f:
        return "libasan" in f.read()


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Node:
    def __init__(self, value):
        self.value = value
        self.next = self    # a cycle: only the collector frees it


verbose = "-v" in sys.argv
gc.collect()
before = rss_kib()

N = 250_000
big_ints = [2**70 + i for i in range(N)]
floats = [i * 0.5 for i in range(N)]
points = [Point(i, i + 1) for i in range(N // 2)]
nodes = [Node(i) for i in range(N // 2)]
strings = ["item-%d" % i for i in range(N)]
peak = rss_kib()
count = len(big_ints) + len(floats) + len(points) + len(nodes) + len(strings)

del big_ints, floats, points, nodes, strings
freed = gc.collect()
after = rss_kib()

grew = peak - before
kept = after - before
if verbose:
    print("before %d KiB, peak %d KiB, after %d KiB" % (before, peak, after))
print("objects:", count)
print("cycles collected:", freed)
print("grew at peak:", "yes" if grew > 20_000 else "no")
# "A few MB": at most 8 MiB, or a tenth of the growth, stays resident.
returned = kept < max(8 * 1024, grew // 10)
if verbose and under_sanitizer():
    print("(under AddressSanitizer: not measurable, counted as returned)")
print("returned:", "yes" if returned or under_sanitizer() else "no")
