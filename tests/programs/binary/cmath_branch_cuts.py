# The sign of a zero imaginary part picks the side of a branch cut, as in
# CPython (Kahan's conventions).
import cmath
def show(name, z):
    try:
        print(name, z, getattr(cmath, name)(z))
    except ValueError as e:
        print(name, z, 'ValueError', e)
for z in [complex(-4, 0.0), complex(-4, -0.0)]:
    show('sqrt', z); show('log', z); show('log10', z); show('phase', z)
for z in [complex(2, 0.0), complex(2, -0.0), complex(-2, 0.0), complex(-2, -0.0)]:
    show('asin', z); show('acos', z); show('atanh', z)
for z in [complex(0.0, 2), complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2)]:
    show('asinh', z); show('atan', z)
for z in [complex(0.5, 0.0), complex(0.5, -0.0), complex(-3, 0.0), complex(-3, -0.0)]:
    show('acosh', z)
print(cmath.polar(complex(-1, 0.0)), cmath.polar(complex(-1, -0.0)))
print(cmath.rect(1, cmath.pi), cmath.rect(-2, -0.0), cmath.rect(0.0, 1))
for x in [1e-310, 5e-324, 1e308]:
    print(cmath.sqrt(complex(x, x)), cmath.log(complex(x, x)))
print(cmath.exp(709.5), cmath.cosh(complex(709.5, 0.5)), cmath.tanh(1000), cmath.tanh(-1000j))
