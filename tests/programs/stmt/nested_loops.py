# Nested loops: break leaves only the inner loop.
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j)
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24:
            found = (a, b)
            break
    if found:
        break
print(found)
count = 0
i = 0
while i < 4:
    for j in range(4):
        if (i + j) % 2:
            continue
        count += 1
    i += 1
print(count)
