# complex ** : integral exponents by repeated squaring, others in polar form.
z = complex(1, 2)
print(z ** 2, z ** 3, z ** 0, z ** -1, z ** -2)
print(z ** 0.5, z ** complex(0, 1), 2 ** z, 2.0 ** z)
print(complex(0, 1) ** 2, complex(0, 1) ** 101)
print(pow(z, 2), pow(complex(2, 0), 10))
print((-8) ** (1 / 3), (-1.0) ** 0.5, (-2) ** 1.5)
print(type((-8.0) ** (1 / 3)).__name__)
print(complex(0, 0) ** 0, complex(0, 0) ** 2)
for bad in [lambda: complex(0, 0) ** -1, lambda: complex(0, 0) ** complex(0, 1),
            lambda: complex(1e300, 1e300) ** 2, lambda: pow(z, 2, 3)]:
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
