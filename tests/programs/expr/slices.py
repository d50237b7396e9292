# Slices with negative bounds and steps.
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-7])
print(a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[5:2], a[20:], a[-20:2], a[3:100])
s = 'abcdefg'
print(s[1:4], s[::-1], s[::3], s[-2:], s[10:])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[:0])
b = a[:]
b[0] = 'changed'
print(a[0], b[0])
print(a[None:3], a[2:None:3])
