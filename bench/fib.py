# fib: recursive function calls. fib(n) the naive way: about 1.6**n calls,
# each with one comparison, two subtractions and one addition.
# Size: n (default 34). Checksum: fib(n) and the number of calls made.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def calls(n):
    # fib makes 2*fib(n+1) - 1 calls; computed iteratively as a cross-check.
    a, b = 0, 1
    for _ in range(n + 1):
        a, b = b, a + b
    return 2 * a - 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 34
    print("fib", n, fib(n), calls(n))


main()
