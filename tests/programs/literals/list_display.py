# List displays.
print([])
print([1, 2, 3])
print([1, 'two', 3.0, None, True])
print([[1, 2], [3, [4, 5]], []])
print([1, 2, 3,])
print(len([0] * 5), [0] * 5)
a = [1 + 1, 2 * 3, 'a' + 'b']
print(a)
print(repr(['q', "it's"]))
