# Floor division and modulo round towards negative infinity.
for a in [7, -7]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b, a % b)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(0 // 5, 0 % -5)
print(-2**70 // 3, -2**70 % 3)
