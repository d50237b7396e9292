# complex errors: division by zero, ordering, bad constructor arguments.
z = complex(1, 2)
tests = [
    lambda: z / 0,
    lambda: z / complex(0, 0),
    lambda: 1 / complex(0, 0),
    lambda: z < complex(1, 3),
    lambda: z >= 1,
    lambda: 1 > z,
    lambda: z // 2,
    lambda: z % 2,
    lambda: divmod(z, 2),
    lambda: int(z),
    lambda: float(z),
    lambda: complex("1+2j", 1),
    lambda: complex(1, "2"),
    lambda: complex([]),
    lambda: complex(1, []),
    lambda: complex("1+"),
    lambda: complex("1+2"),
    lambda: complex(""),
    lambda: complex("j1"),
    lambda: complex("1 + 2j"),
    lambda: round(z),
    lambda: abs(complex(1e308, 1e308)),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
for s in ["1.5.2j", "1e", "1e+j", "1+2jj", "(1+2j", "1+2j)", "1__0j", "_1j", "jj", "+-1j", "1 j"]:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
