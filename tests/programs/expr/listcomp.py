# List comprehensions, with conditions and nesting.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(20) if x % 2 == 0 if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([c.upper() for c in 'abc'])
print([w for w in ['apple', 'kiwi', 'banana'] if len(w) > 4])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
x = 'outer'
print([x for x in 'ab'], x)
print([])
print([n for n in []])
