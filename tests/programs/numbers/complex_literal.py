# Imaginary literals and the complex repr of the results.
print(2j, 1 + 2j, 1.5j, 0j, -2j, 1e3j, 1_0j, 3J)
print((1 + 2j) * (3 - 4j), abs(3 + 4j), (1j) ** 2)
print(type(2j).__name__, (2j).imag, (2j).real)
x = 1 - 1j
print(x, -x, x.conjugate())
