# One LOAD_METHOD site that sees many classes, so it answers from the type
# attribute cache rather than its own: results must follow every change of
# a class, an instance that shadows the method, a __dict__ key that is an
# equal str but not the same object, non-method class attributes, classes
# with __getattr__/__getattribute__, built-in types and missing methods.


class Base:
    def m(self):
        return "Base"


def make(i):
    return type("C%d" % i, (Base,), {"m": (lambda i: lambda self: "C%d" % i)(i)})


classes = [make(i) for i in range(10)] + [Base]


class Sub(Base):
    pass


class Plain:
    m = 42  # not callable: calling it fails


class Static:
    m = staticmethod(lambda: "static")


class Klass:
    m = classmethod(lambda cls: "class " + cls.__name__)


class Hooked:
    def __getattr__(self, name):
        return lambda: "getattr " + name


class Intercept:
    def m(self):
        return "Intercept.m"

    def __getattribute__(self, name):
        return lambda: "intercepted " + name


class StrKey(str):
    pass


def calls(objs):
    out = []
    for o in objs:
        try:
            out.append(o.m())
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


objs = [c() for c in classes] + [Sub(), Static(), Klass(), Hooked(), Intercept(), Plain()]
for r in range(3):
    print(r, calls(objs))

# An instance that shadows the method, by setattr and through __dict__.
objs[0].m = lambda: "shadow"
objs[1].__dict__["m"] = lambda: "dict shadow"
print(calls(objs[:3]))
# A key that equals the name without being the same str object.
objs[2].__dict__[StrKey("m")] = lambda: "strkey shadow"
objs[3].__dict__["".join(["m"])] = lambda: "joined shadow"
print(calls(objs[:5]))
del objs[0].m
del objs[1].__dict__["m"]
print(calls(objs[:5]))

# Class changes between calls at the same site.
for r in range(3):
    print(r, calls([Sub(), Base(), objs[5]]))
    if r == 0:
        Base.m = lambda self: "new Base"
    elif r == 1:
        Sub.m = lambda self: "Sub"
        del classes[5].m

# Many attributes on the instance (a table with an index).
big = classes[7]()
for i in range(40):
    setattr(big, "a%d" % i, i)
print(calls([big, classes[7](), big]))
big.m = lambda: "big shadow"
print(calls([big]))

# Built-in types at the same site, and a method that does not exist.
class Missing:
    pass


for o in [[3, 1, 2], {"a": 1}, "abc", Missing(), 5, 2.5]:
    try:
        print(type(o).__name__, o.copy() if hasattr(o, "copy") else o.upper())
    except AttributeError as e:
        print("AttributeError:", e)

# __class__ assignment changes which method an instance gets.
a = classes[0]()
print(calls([a]))
a.__class__ = classes[1]
print(calls([a]))

# One LOAD_ATTR site over many classes: instance attributes, class
# attributes, a property, __getattr__, and a class that gains a property.
def getx(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


class WithProp(Base):
    @property
    def x(self):
        return "prop"


class WithClassAttr(Base):
    x = "class attr"


class WithGetattr(Base):
    def __getattr__(self, name):
        return "getattr " + name


insts = [c() for c in classes[:6]]
for i, o in enumerate(insts):
    o.x = i
extra = [WithProp(), WithClassAttr(), WithGetattr(), classes[6]()]
extra[1].x = "instance over class attr"
for r in range(3):
    print(r, getx(insts + extra))
    if r == 0:
        classes[2].x = property(lambda self: "late prop")
    elif r == 1:
        del classes[2].x
        del insts[3].x
