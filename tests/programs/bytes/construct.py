# bytes() and bytearray() constructors, and their errors.
def B(s):
    return bytes(s, 'latin-1')

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(bytes(), bytearray())
print(bytes(3), bytearray(2))
print(bytes([65, 66, 67]), bytearray([0, 255]))
print(bytes(range(97, 100)), bytearray(x for x in [104, 105]))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'))
print(bytearray('é', 'latin-1'), bytes('€', 'utf8'))
print(bytes(bytearray(B('xy'))), bytearray(B('xy')))
b = B('same')
print(bytes(b) is b)
print(bytes(B('abc')) == B('abc'), type(bytes(bytearray(3))).__name__)
attempt(lambda: bytes([256]))
attempt(lambda: bytearray([256]))
attempt(lambda: bytes([-1]))
attempt(lambda: bytes(['a']))
attempt(lambda: bytes(-1))
attempt(lambda: bytes('abc'))
attempt(lambda: bytes(1.5))
attempt(lambda: bytearray(1.5))
attempt(lambda: bytes(B('a'), 'utf-8'))
attempt(lambda: bytes(encoding='utf-8'))
attempt(lambda: bytes('a', 1))
attempt(lambda: bytes('a', 'utf-8', 'strict', 1))
attempt(lambda: bytes('a', 'no-such-codec'))
attempt(lambda: bytes('é', 'ascii'))
attempt(lambda: bytes('éé!', 'ascii'))
attempt(lambda: bytes('€', 'latin-1'))
print(bytes('aéb', 'ascii', 'replace'), bytes('aéb', 'ascii', 'ignore'))
print(isinstance(B('x'), bytes), isinstance(bytearray(), bytearray))
print(type(B('')).__name__, type(bytearray()).__name__)
