# Modulo by zero.
print(7 % 0)
