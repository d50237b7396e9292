# The inline caches of LOAD_ATTR / STORE_ATTR / LOAD_METHOD must follow
# every change of the class, its bases and the instance.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x + self.y


def read(objs):
    return [o.x for o in objs]


def write(objs, v):
    for o in objs:
        o.x = v


def call(objs):
    return [o.norm() for o in objs]


a, b = P(1, 2), P(3, 4)
for _ in range(3):
    print(read([a, b]), call([a, b]))

# An instance with another attribute order: same class, other entry index.
c = P.__new__(P)
c.y = 10
c.x = 20
print(read([a, c, b]), call([c]))
write([a, c, b], 7)
print(read([a, c, b]), c.y, vars(c))

# A data descriptor added to the class later wins over the instance value.
P.x = property(lambda self: "prop")
print(read([a, b]))
try:
    write([a], 1)
except AttributeError as e:
    print("AttributeError:", e)
del P.x
print(read([a, b]))

# A method replaced on the class, then shadowed by an instance attribute.
P.norm = lambda self: "patched"
print(call([a, b]))
b.norm = lambda: "instance"
print(call([a, b]))
del b.norm
print(call([a, b]))


# A base class changed after the cache filled.
class Q(P):
    pass


q = Q(5, 6)
for _ in range(2):
    print(call([q]), read([q]))
P.norm = lambda self: "base changed"
print(call([q]))
Q.norm = lambda self: "subclass"
print(call([q, a]))

# __getattr__ added later: only used for missing attributes.
del q.x
try:
    read([q])
except AttributeError as e:
    print("AttributeError:", e)
Q.__getattr__ = lambda self, name: "missing " + name
print(read([q]), read([a]))

# __class__ reassignment.
class R:
    x = "class R"


r = P(1, 2)
print(read([r]))
r.__class__ = Q
print(read([r]))
del r.x
print(read([r]))
r.__class__ = R
print(read([r]))

# __setattr__ added later intercepts the store.
log = []
P.__setattr__ = lambda self, n, v: log.append((n, v))
write([a], 99)
print(log, a.x)
del P.__setattr__
write([a], 100)
print(a.x)

# __slots__ classes go through their descriptors.
class S:
    __slots__ = ("x",)


s = S()
write([s], 3)
print(read([s]))
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError:", e)
del s.x
try:
    read([s])
except AttributeError as e:
    print("AttributeError:", e)
