# bytes() and %s use __bytes__; other objects convert as iterables of ints.
class A:
    def __bytes__(self):
        return b'from A'
class Bad:
    def __bytes__(self):
        return 1
print(bytes(A()), b'%s' % A(), bytearray(b'x') + bytes(A()))
try:
    bytes(Bad())
except TypeError as e:
    print(e)
try:
    b'%s' % Bad()
except TypeError as e:
    print(e)
class L:
    def __iter__(self):
        return iter([1, 2])
print(bytes(L()), bytearray(L()))
