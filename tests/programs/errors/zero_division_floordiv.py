# Floor division by zero.
print(7 // 0)
