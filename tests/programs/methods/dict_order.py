# Dicts keep insertion order; overwriting keeps the position, deleting drops it.
d = {}
d['z'] = 1
d['a'] = 2
d['m'] = 3
print(list(d))
d['z'] = 100
print(d)
del d['a']
d['a'] = 'back at the end'
print(d)
numbers = {}
for i in range(10, 0, -1):
    numbers[i] = i * i
print(numbers)
print({1: 'a', 1.0: 'b', True: 'c'})
