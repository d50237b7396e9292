# Calls with positional and keyword arguments and defaults.
def describe(name, kind='thing', count=1):
    return name + ' is a ' + kind + ' x' + str(count)
print(describe('box'))
print(describe('box', 'crate'))
print(describe('box', count=3))
print(describe(kind='tool', name='saw'))
print(describe('pen', 'writer', 2))
print(describe(count=5, name='cup', kind='mug'))
def add(a, b):
    return a + b
print(add(1, 2), add(b='x', a='y'), add([1], b=[2]))
