# Assignment: chained, tuple and list unpacking, nested targets, swaps.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = 'hi'
print(m, n)
first, second, third = [10, 20, 30]
print(first, second, third)
i, (j, (k, l)) = 1, [2, (3, 4)]
print(i, j, k, l)
lst = [0, 0, 0]
lst[0], lst[2] = 'a', 'c'
print(lst)
for key, value in [('a', 1), ('b', 2)]:
    print(key, value)
t = 1,
print(t)
