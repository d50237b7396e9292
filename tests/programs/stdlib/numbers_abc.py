# numbers: the built-in types sit in the PEP 3141 tower; a class that
# registers or subclasses joins it; abstract methods stay abstract.
import numbers
from fractions import Fraction

for value in (True, 3, 2.5, 1j, Fraction(1, 2)):
    print(type(value).__name__,
          [isinstance(value, abc) for abc in
           (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(isinstance("1", numbers.Number), issubclass(int, numbers.Real), issubclass(float, numbers.Rational))


class Meters(numbers.Real):
    pass


try:
    Meters()
except TypeError as e:
    print(str(e).split(" with")[0])


class Tiny:
    pass


numbers.Integral.register(Tiny)
print(isinstance(Tiny(), numbers.Number), issubclass(Tiny, numbers.Rational))
print(numbers.Integral.numerator.__get__(7), numbers.Real.imag.__get__(2.0))
