# A tuple that reaches itself through a mutable item prints as "(...)" at
# the point of recursion, as in CPython.
t = ([],)
t[0].append(t)
print(repr(t))
print(str(t))
u = ({}, 2)
u[0]['me'] = u
print(u)
v = ([1], [2])
v[1].append(v)
v[0].append(v)
print(v)
w = [(None,)]
w.append((w,))
print(w)
t[0].clear()
u[0].clear()
v[0].clear()
v[1].clear()
w.clear()
print(t, u, v, w)
