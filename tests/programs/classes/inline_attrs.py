# Instances keep their usual attributes in their own block: instances made
# before and after the class learns its attribute count, tables that
# outgrow the inline room and shrink back, __dict__ as a live view, clear()
# while a __del__ adds attributes, deletion, __class__ assignment between
# classes whose instances have different inline room, and subclasses of
# built-in types.
import gc


class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


small = P(1)
grown = [P(k) for k in range(12)]  # the class learns more attributes as it goes
for k, p in enumerate(grown):
    assert len(vars(p)) == k, (k, vars(p))
    assert list(vars(p)) == ["a%d" % i for i in range(k)]
late = P(3)
late.extra = "x"
print(sorted(vars(late).items()))
for i in range(3):
    delattr(late, "a%d" % i)
print(vars(late))
for i in range(20):
    setattr(late, "b%d" % i, i)
print(len(vars(late)), late.b19)
for i in range(20):
    delattr(late, "b%d" % i)
late.z = 1
print(vars(late))


class Noisy:
    def __init__(self, owner):
        self.owner = owner

    def __del__(self):
        # Runs while the owner's attributes are being cleared.
        self.owner.added = "by __del__"
        self.owner = None


class Holder:
    pass


for n in range(4):
    h = Holder()
    h.a = 1
    h.b = 2
    h.n = Noisy(h)
    if n == 3:
        del h.__dict__["n"]
    h.__dict__.clear()
    print(n, sorted(vars(h)))

h = Holder()
h.x = 1
h.__dict__ = {"p": 1, "q": 2, "r": 3, "s": 4, "t": 5}
print(vars(h))
h.__dict__ = {}
print(vars(h), h.__dict__ == {})


class A:
    pass


class B:
    pass


for i in range(5):
    b = B()
    for j in range(6):
        setattr(b, "k%d" % j, j)
a = A()  # A learned nothing: no inline room
a.one = 1
a.__class__ = B
a.two = 2
print(type(a).__name__, vars(a))
b = B()
b.k0 = 0
b.__class__ = A
for j in range(10):
    setattr(b, "m%d" % j, j)
print(type(b).__name__, len(vars(b)))


class E(Exception):
    pass


for i in range(3):
    e = E("boom", i)
    e.code = i
    e.detail = "d%d" % i
print(e.args, e.code, e.detail, vars(e))


class L(list):
    pass


for i in range(3):
    lst = L([i])
    lst.tag = i
print(lst, lst.tag, vars(lst))


class Meta(type):
    pass


for i in range(3):
    K = Meta("K%d" % i, (), {})
    K.marker = i
print(K.__name__, K.marker)

# Cycles through inline attributes are found.
gc.collect()
for i in range(100):
    x = Holder()
    y = Holder()
    x.peer = y
    y.peer = x
del x, y
print(gc.collect())
