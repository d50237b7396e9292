# int.to_bytes / int.from_bytes / as_integer_ratio.
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print((1024).to_bytes(length=4, byteorder="little"), (5).to_bytes(), (0).to_bytes(0, "big"))
print((-128).to_bytes(1, "big", signed=True), (127).to_bytes(1, "big", signed=True))
print((2 ** 64 + 1).to_bytes(9, "big"), (-(2 ** 70)).to_bytes(10, "little", signed=True))
print(int.from_bytes(bytes([1, 0]), "big"), int.from_bytes(bytes([255, 255]), "little", signed=True))
print(int.from_bytes([1, 2], "big"), int.from_bytes(bytes([5])), int.from_bytes(bytes(), "big"))
print(int.from_bytes(bytes([0x80]), "big", signed=True), int.from_bytes(bytes([0x7f]), "big", signed=True))
for n in [0, 1, -1, 255, -256, 2 ** 63, -(2 ** 63), 12345678901234567890]:
    b = n.to_bytes(12, "little", signed=True)
    assert int.from_bytes(b, "little", signed=True) == n
print(bool.from_bytes(bytes([1]), "big"), type(bool.from_bytes(bytes([0]), "big")).__name__)
print((3).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio())
tests = [lambda: (256).to_bytes(1, "big"), lambda: (-5).to_bytes(1, "big"),
         lambda: (128).to_bytes(1, "big", signed=True), lambda: (-129).to_bytes(1, "big", signed=True),
         lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(1, "middle"),
         lambda: (1).to_bytes(1, 5), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes()]
for t in tests:
    try:
        print(t())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
