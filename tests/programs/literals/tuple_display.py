# Tuple displays, including the empty and one-element forms.
print(())
print((1,))
print((1, 2, 3))
t = 1, 2
print(t, type(t))
print((1))
print(((1, 2), (3,), ()))
print(len(()), len((5,)))
print(('a', [1, 2], None))
