# Float arithmetic whose result may reuse a dead operand's box, skip boxing
# an intermediate value, or be written into the box an attribute or a local
# held alone: a float referenced anywhere else must keep its value.


class P:
    def __init__(self):
        self.x = 1.5
        self.y = 2.0


def attrs():
    p = P()
    keep = p.x
    p.x += 2.0 * p.y          # p.x's float is also `keep`: must not change
    print(keep, p.x)
    p.x -= 0.25 * 2.0         # now p.x alone holds its float
    print(keep, p.x)
    lst = [p.x]
    p.x *= 3.0 - 1.0          # the list holds the float too
    print(lst, p.x)
    p.y += 1                  # small int right operand
    p.y /= 2 * 2.0
    print(p.y)
    for i in range(3):
        p.x += p.y * i
    print(p.x)
    q = p
    q.x -= 1.0 + 0.5
    print(p.x, q.x)


def locals_():
    a = 1.25
    b = a
    a = a * 2.0 + 1.0         # b shares the old box
    print(a, b)
    d = 0.5
    d = 3.0 - d * d * d ** 2.0
    print(d)
    t = (d,)
    d = d / 2.0 + 1.0
    print(t, d)
    n = 7
    m = 2.0 - n * 3           # int * int, then float - int result
    print(m, n)
    z = 1.0 - 2.0 ** 0.5 * 4
    print(z)


def chains():
    x = 2.0
    y = 3.0
    print(x - y * x, x + y / x - y, (x * y) ** 0.5 + x, x % y + x)
    print(1 - x * 2, 10 // 3 * x, 1.0 / 4 * 4 - x)
    s = "a"
    try:
        s + x * y
    except TypeError as e:
        print("TypeError", e)
    try:
        y - x / 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        x - (-1.0) ** 0.5
    except Exception as e:
        print(type(e).__name__)
    print(x - (-8.0) ** (1 / 3) * 0)


class Slots:
    __slots__ = ("v",)

    def __init__(self):
        self.v = 1.0


class Prop:
    def __init__(self):
        self._v = 1.0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("set", value)
        self._v = value


def descriptors():
    s = Slots()
    s.v += 2.0 * 2.0
    print(s.v)
    p = Prop()
    p.v += 2.0 * 3.0
    p.v -= 1.0 * 1.0
    print(p.v)


class Watch:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


def hooks():
    w = Watch()
    w.a = 1.0
    for _ in range(3):
        w.a += 0.5 * 2.0
    print(w.a)


attrs()
locals_()
chains()
descriptors()
hooks()
