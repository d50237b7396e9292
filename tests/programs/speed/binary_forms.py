# +, -, * and / (and +=, -=, *=, /=) on every kind of operand: small ints at
# the edges of their range, big ints, floats, mixes, subclasses that
# override the operator, in-place operators of mutable containers,
# division by zero and chains of float operations.
import sys


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", type(r).__name__, repr(r))


big = 2 ** 62
edge = [0, 1, -1, 2 ** 30, -(2 ** 30), 2 ** 61 - 1, -(2 ** 61), 2 ** 62 - 1, -(2 ** 62),
        2 ** 63, -(2 ** 63) - 1, big * big]
for x in edge:
    for y in (1, -1, 3, 2 ** 31, -(2 ** 32) + 1, 2 ** 61):
        print(x + y, x - y, x * y, x / y, y / 7, -x / y)
        a = x
        a += y
        b = x
        b -= y
        c = x
        c *= y
        d = x
        d /= y
        print(a, b, c, d)

for x in (0.0, -0.0, 1.5, -2.25, 1e308, float("inf"), float("nan"), 3):
    for y in (2, 0.5, -1e-308, 1e308, float("-inf"), 7):
        print(x + y, x - y, x * y, y + x, y - x, y * x)
        show("%r / %r" % (x, y), lambda: x / y)

show("1 / 0", lambda: 1 / 0)
show("1.0 / 0", lambda: 1.0 / 0)
show("1 / 0.0", lambda: 1 / 0.0)
show("0.0 / -0.0", lambda: 0.0 / -0.0)
show("2**70 / 2**69", lambda: 2 ** 70 / 2 ** 69)
show("(2**60+1) / 3", lambda: (2 ** 60 + 1) / 3)
show("10**400 / 10**399", lambda: 10 ** 400 / 10 ** 399)
show("10**400 / 3", lambda: 10 ** 400 / 3)
show("1 + 'a'", lambda: 1 + "a")
show("'a' - 'b'", lambda: "a" - "b")
show("[1] * 3", lambda: [1] * 3)
show("3 * 'ab'", lambda: 3 * "ab")
show("(1,) + (2,)", lambda: (1,) + (2,))
show("True + True", lambda: True + True)
show("True / 2", lambda: True / 2)
show("2.5 * False", lambda: 2.5 * False)
show("None + 1", lambda: None + 1)


class F(float):
    def __add__(self, other):
        return "F.add"

    def __rsub__(self, other):
        return "F.rsub"

    def __truediv__(self, other):
        return "F.truediv"


class I(int):
    def __mul__(self, other):
        return "I.mul"

    def __radd__(self, other):
        return "I.radd"


show("F(1) + 2.0", lambda: F(1) + 2.0)
show("2.0 - F(1)", lambda: 2.0 - F(1))
show("F(1) / 0", lambda: F(1) / 0)
show("F(1) * 2", lambda: F(1) * 2)
show("I(3) * 4", lambda: I(3) * 4)
show("4 + I(3)", lambda: 4 + I(3))
show("I(3) - 1.5", lambda: I(3) - 1.5)

lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "ab"
s *= 3
print(s)


# Chains: intermediate results never seen, operands of every kind.
def chain(a, b, c, d):
    return a - b * c + d / b, a * b - c * d, (a + b) * (c - d) / (b or 1)


for args in [(1.5, 2.5, 3.5, 4.5), (1, 2.0, 3, 4.0), (1, 2, 3, 4), (big, 2.5, big, 1),
             (1e308, 10.0, 1e308, 2.0), (0.1, 0.2, 0.3, 0.0)]:
    print(chain(*args))
show("chain zero", lambda: chain(1.0, 0.0, 2.0, 3.0))


class P:
    def __init__(self):
        self.v = 1.0
        self.n = 3


p = P()
for i in range(5):
    p.v -= 0.1 * i
    p.v *= 1.5
    p.n += i
    p.n *= 3
    p.v /= 1 + i
print(p.v, p.n)
keep = p.v
p.v += 1.0
print(keep, p.v, keep is p.v)
acc = 0.0
for i in range(100):
    acc = acc + i * 0.5 - i / 4
print(acc)
print(sys.maxsize + 1 - 1 == sys.maxsize, -sys.maxsize - 1 - 1)


# Two locals and an operator at once; `local.name op= v` at once: unbound
# locals, attributes that are not plain instance values, mixed classes.
def unbound_right():
    x = 2.0
    if x < 0:
        y = 1.0
    return x * y


def unbound_left():
    if acc < 0:
        x = 1.0
    y = 2
    return x - y


def unbound_target():
    if acc < 0:
        o = P()
    o.v += 1.0


show("unbound right", unbound_right)
show("unbound left", unbound_left)
show("unbound target", unbound_target)


class Slotted:
    __slots__ = ("v",)

    def __init__(self):
        self.v = 0.5


class Prop:
    def __init__(self):
        self._v = 0.25

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("set", value)
        self._v = value


class Other:
    def __init__(self):
        self.w = 0
        self.v = 1


def bump(objs, step):
    for o in objs:
        o.v += step
        o.v *= step
        o.v -= step / 4
    return [o.v for o in objs]


objs = [P(), Slotted(), Prop(), Other(), P()]
for k in range(3):
    print(bump(objs, 2.0))
    print(bump(objs, 3))


def pairs(a, b, n):
    out = []
    for i in range(n):
        out.append((a * b, a - b, b / a, a + b))
        a, b = b, a + i
    return out


print(pairs(3, 4, 6))
print(pairs(1.5, 2, 6))
print(pairs(2 ** 61, 2 ** 61 - 1, 3))
show("str * str", lambda: pairs("x", "y", 1))
show("div by zero local", lambda: pairs(0.0, 1.0, 1))


# A value and a constant: every operator, small ints at the edges, floats,
# errors from the constant's side, and values that are not numbers.
def with_consts(v):
    out = []
    for f in (lambda: v + 1, lambda: v - 1, lambda: v * 3, lambda: v / 2, lambda: v // 3,
              lambda: v % 7, lambda: v ** 2, lambda: v << 3, lambda: v >> 1, lambda: v & 6,
              lambda: v | 9, lambda: v ^ 5, lambda: v // 0, lambda: v % 0, lambda: v / 0,
              lambda: v << 100, lambda: v >> 70, lambda: v << -1, lambda: v + 0.5,
              lambda: v * 2.5, lambda: v - 1e308, lambda: v / 0.0, lambda: v ** 0.5,
              lambda: v % 2.5, lambda: v // 0.5):
        try:
            r = f()
        except Exception as e:
            r = type(e).__name__
        out.append(r)
    return out


for v in (0, 7, -7, 2 ** 61, -(2 ** 61), 2 ** 62 - 1, -(2 ** 62), 2 ** 62, 1.5, -0.0,
          float("inf"), True, 10 ** 30):
    print(v, with_consts(v))
for v in ("ab", [1], (2,), None):
    show("%r + 1" % (v,), lambda: v + 1)
    show("%r * 2" % (v,), lambda: v * 2)
    show("%r %% 3" % (v,), lambda: v % 3)
