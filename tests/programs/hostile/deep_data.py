# Deeply nested data: repr, == and str hit the recursion limit with
# RecursionError instead of overflowing the C stack.
l = []
for i in range(100000):
    l = [l]
m = []
for i in range(100000):
    m = [m]
try:
    print(l == m)
except RecursionError as e:
    print("RecursionError ==")
d = {}
for i in range(100000):
    d = {'k': d}
try:
    print(len(str(d)))
except RecursionError as e:
    print("RecursionError str")
print(len(repr(l)))
