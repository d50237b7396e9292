# Slices of empty containers (a fuzz finding: slicing an empty list added
# an offset to its NULL item array, undefined behaviour under UBSan).
print([][:], [][0:0], [][::-1], [][5:2], [][::2])
print(()[:], ""[:], b""[:], bytearray()[:])
l = []
l[:] = []
l[0:0] = [1, 2]
print(l[2:], l[:0])
del l[:]
print(l, list(reversed([])), [] * 3 + [])
