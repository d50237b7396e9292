# Every form of del: names, attributes, subscripts, slices, several targets.
x = 1
del x
print('x' in globals())
class Thing:
    pass
t = Thing()
t.a = 1
t.b = 2
del t.a
print(hasattr(t, 'a'), hasattr(t, 'b'))
lst = [0, 1, 2, 3, 4, 5, 6, 7]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
p, q, r = 1, 2, 3
del p, q
print('p' in globals(), 'q' in globals(), r)
m = [1, 2, 3]
n = {'k': 'v'}
del m[0], n['k']
print(m, n)
def local_del():
    v = 5
    del v
    return 'deleted'
print(local_del())
