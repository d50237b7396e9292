import cmath
print(cmath.sqrt(-4), cmath.log(cmath.e), cmath.log(100, 10), cmath.log10(1000j))
print(cmath.polar(1j), cmath.rect(2, 0))
z = cmath.exp(complex(0, cmath.pi / 3))
print(round(z.real, 12), round(z.imag, 12))
cmath.log(0)
