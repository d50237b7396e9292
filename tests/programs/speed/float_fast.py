# Float arithmetic on the VM's fast path: same values, same errors, and no
# value shared between names is ever changed in place.
x = 1.5
y = x * 2
z = y
z += 1.0
print(x, y, z)
a = 0.1
b = a + 0.2
c = b
b -= 0.3
print(a, b, c)
print(1 + 0.5, 0.5 + 1, 3 - 0.5, 2 * 0.25, 1 / 4.0, 7.0 / 2)
print(2**62 + 0.5, 0.5 * 2**70, (2**53 + 1) + 0.0)
print(-0.0 + 0.0, -0.0 * 1, 0.0 * -1, -0.0 - 0.0)
inf = float("inf")
print(inf - inf, inf * 0, 1 / inf, -inf + 1)
print(True + 0.5, False * 2.5)
for bad in ((1.0, 0.0), (1.0, 0), (0, 0.0)):
    try:
        print(bad[0] / bad[1])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


class F(float):
    pass


f = F(2.0)
print(type(f + 1.0).__name__, f * 3, type(1.0 - f).__name__)
acc = 0.0
vals = []
for i in range(10):
    acc += i * 0.5
    vals.append(acc)
print(acc, vals[-3:])
t = 1.0
for i in range(1, 20):
    t = t * i / (i + 1.0) + 1e-3
print("%.12f" % t)
