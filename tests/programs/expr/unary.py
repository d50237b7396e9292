# Unary minus, plus and not.
x = 5
print(-x, +x, --x, -(-x), - - - x)
y = -2.5
print(-y, +y)
print(-(2**80))
print(not 0, not 1, not '', not 'a', not [], not [0])
print(-True, +False)
