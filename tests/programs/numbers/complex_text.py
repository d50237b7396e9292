# complex(str), hash, and format().
for s in ["1+2j", "(1+2j)", " ( -3.5e2J ) ", "j", "-j", "+J", "5", "-2.5", "1e3-4.5e-2j",
          "inf+nanj", "-infj", "1_000+2_0j", ".5j", "5.j", "1-j", "nan", "1.5+.5j",
          "-1.5e3+.5e-1J", "1e+3j", "1.5e-3-2.e2j", "-nan-infJ"]:
    print(repr(s), complex(s))
print(hash(complex(1, 0)) == hash(1), hash(complex(2.5, 0)) == hash(2.5))
print(hash(complex(1, 2)), hash(complex(-1, -2)), hash(complex(0, 1)))
d = {complex(1, 0): "a", 1: "b"}
print(d)
z = complex(1, 2)
for spec in ["", "10", "<12", "^14", ".2f", "+.1f", "e", ".3g", "g", "*>16.2f", " .1f",
             ".2", ",.2f", "F"]:
    print(repr(spec), repr(format(z, spec)))
print(format(complex(0, 2), ""), format(complex(0, 2), "g"), format(complex(0, 2), ".2"))
print(format(complex(-1.5, -0.0), ".1f"), format(complex(1234567, 0.5), ",.1f"))
print(f"{complex(3, 4):>20}|{complex(3, -4):.3e}")
for spec in ["010", "=10", "%", "d", "x"]:
    try:
        print(format(z, spec))
    except ValueError as e:
        print("ValueError", e)
print(str(complex(1, 2)), "%s" % complex(0, 1))
class C:
    def __complex__(self):
        return complex(7, 8)
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(F()), complex(F(), F()))
print(complex("\u0663+\u0664j"), complex("\u2003 1j\u2003"), complex("\u0661.\u0665"))
