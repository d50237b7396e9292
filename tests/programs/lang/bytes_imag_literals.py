# Bytes and imaginary literals compile to constants.
b = b'ab\x00\xff' + rb'\n' + B"q"
print(b, len(b), b[0], b[-1], type(b).__name__)
print(b'' == bytes(), b'x' * 3, b'implicit' b' concat')
z = 3j
print(z, -2j, 1 + 2j, 1.5j * 2, z.imag, z.real, type(z).__name__)
print(0j == 0, 2j == 2j, (1e3j).imag, 1_0j)
def f():
    return b'same', b'same', 7j
x, y, w = f()
p = b"same"
print(p == x, x == y, w)
print({b'k': 1}[b'k'], (b'a', 2j))
print(b'abc'.decode() + 'd')
print(b'x' + 'y')
