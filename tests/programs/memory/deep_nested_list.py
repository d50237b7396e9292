# Freeing a 1,000,000-deep nested list must not overflow the C stack.
x = []
for i in range(1000000):
    x = [x]
print('built')
depth = 0
y = x
while y:
    y = y[0]
    depth += 1
print(depth)
del x, y
print('freed')
