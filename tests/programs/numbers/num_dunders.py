# The dunder methods of int, float and complex called directly.
print((1.5).__getnewargs__(), complex(1, 2).__getnewargs__(), (7).__getnewargs__())
print(float.__getformat__("double"), float.__getformat__("float"))
print((3.7).__floor__(), (3.2).__ceil__(), (-3.7).__trunc__(), (3.5).__round__(), (2.675).__round__(2))
print((17).__round__(-1), (15).__round__(-1), (25).__round__(-1), (-15).__round__(-1))
print((5).__rsub__(2), (5).__rpow__(2), (2.0).__rpow__(3), (5).__rmod__(17), (5).__rlshift__(1))
print(complex(1, 2).__complex__(), complex(3, 4).__abs__(), complex(1, 1).__mul__(2), (2).__add__(complex(0, 1)))
print(complex(1, 2).__eq__(complex(1, 2)), complex(1, 2).__ne__(1), complex(1, 0).__eq__(1.0))
print(format(complex(1, 2), ""), complex(1, 2).__format__(".1f"), (1.5).__format__("08.3f"))
print(float.fromhex("0x1p3"), (1.5).hex(), float.__name__, complex.__name__)
try:
    float.__getformat__("long")
except ValueError as e:
    print("ValueError", e)
