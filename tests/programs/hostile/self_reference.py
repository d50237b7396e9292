# Containers that contain themselves: repr shows [...], ==, hash and
# membership terminate.
a = [1]
a.append(a)
print(a)
d = {'k': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t[0][0] is t)
b = [1]
b.append(b)
print(a == a)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError", e)
print(a in a, len(a))
n = [a, d]
print(n)
a.clear()
d.clear()
t[0].clear()
b.clear()
