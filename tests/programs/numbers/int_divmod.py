# // % divmod with every sign combination, small and big ints.
vals = [7, -7, 3, -3, 1, -1, 0, 2 ** 70, -(2 ** 70), 2 ** 64 + 5, -(3 ** 50)]
for a in vals:
    for b in vals:
        if b == 0:
            continue
        q, r = divmod(a, b)
        assert q == a // b and r == a % b and q * b + r == a, (a, b)
        print(a, b, q, r)
for a, b in [(7, 0), (2 ** 80, 0), (0, 0)]:
    for f in [lambda: a // b, lambda: a % b, lambda: divmod(a, b)]:
        try:
            f()
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
print(divmod(7, 2.5), divmod(-7, 2.5), 7 // -2.0, -7 % 2.0)
