# bool is an int: ordering, arithmetic, hashing, formatting; None's protocol.
print(True < False, False < True, True <= True, True > 0.5, False >= -1, max(True, False))
print(sorted([True, False, 0.5, 1, -1]), min(1, True), max(False, 0))
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True % 2, True ** 10, 2 ** True)
print(True & False, True | False, True ^ True, True & 1, type(True & 1).__name__, True << 3)
print(hash(True), hash(False), hash(True) == hash(1), {True: "a", 1: "b", 1.0: "c"})
print(str(True), repr(False), f"{True}", f"{True:>6}", f"{False:d}", f"{True:.2f}", format(True, "x"))
print(int(True), float(False), complex(True), bool(2), bool(-0.0), bool(""), bool("False"))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), (True).conjugate())
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__, bool.__base__.__name__)
print(None is None, None == None, None != 0, bool(None), repr(None), str(None), hash(None) == hash(None))
print(type(None).__name__, [None] * 2, {None: 1}[None], f"{None}", format(None, ""))
for bad in [lambda: None < None, lambda: None + 1, lambda: True < None, lambda: format(None, "d"),
            lambda: type(None)(1), lambda: bool(1, 2)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
