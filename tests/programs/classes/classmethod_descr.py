# METH_CLASS methods of built-in types bind to type(obj) through an instance.
print({}.fromkeys([1, 2]))
d = {'a': 1}
print(d.fromkeys('xy', 0))
f = d.fromkeys
print(f([3]))


def inside():
    e = {}
    return e.fromkeys(range(3))


print(inside())


class D(dict):
    pass


print(type(D().fromkeys([1])).__name__, type(D.fromkeys([1])).__name__)
desc = dict.__dict__['fromkeys']
print(type(desc).__name__, desc)
print(desc(dict, [1]), desc.__get__({})([2]), desc.__get__(None, D)([4]))
for bad in (1, {}, int):
    try:
        desc(bad, [1])
    except TypeError as e:
        print(e)
try:
    desc()
except TypeError as e:
    print(e)
