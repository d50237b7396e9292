# Assigning to slices replaces a range of a list.
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ['x', 'y', 'z']
print(a)
a[:2] = []
print(a)
a[len(a):] = [100, 200]
print(a)
a[::2] = ['e0', 'e1', 'e2', 'e3']
print(a)
b = [1, 2, 3]
b[:] = 'abc'
print(b)
b[1:1] = [9, 9]
print(b)
