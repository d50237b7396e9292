# Ordering comparisons between unrelated types.
print(1 < 2)
print([3, 'a'] < [3, 1])
print(1 < 'a')
