# list.pop and list.remove.
a = [10, 20, 30, 40, 50]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
b = [1, 2, 3, 2, 1]
b.remove(2)
print(b)
b.remove(1)
print(b)
print(b.remove(3), b)
