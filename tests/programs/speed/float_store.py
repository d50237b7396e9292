# `x = a op b` with floats: the VM may reuse x's old float for the result
# when nothing else holds it. Nothing that holds the old value may see it
# change: another name, a list, a default, an attribute, a closure.


def locals_case():
    dx = 0.0
    keep = []
    for i in range(5):
        a = i * 1.5
        dx = a - 0.25
        keep.append(dx)
    print(keep, dx)
    old = dx
    dx = dx * 2.0
    print(old, dx)
    same = dx
    dx = dx + 1.0
    print(same, dx, same is dx)


def self_assign():
    x = 3.0
    x = x * x
    x = x - x
    print(x)
    y = 2.5
    y = 1.0 / y
    print(y)


def in_loop(n):
    acc = 0.0
    prev = None
    seen = []
    for i in range(n):
        acc = acc + 0.5
        if i % 2 == 0:
            prev = acc
            seen.append(prev)
    print(acc, prev, seen)


class F(float):
    pass


def subclass_case():
    f = F(1.0)
    g = f
    f = f + 1.0
    print(type(f).__name__, type(g).__name__, f, g)
    h = 2.0
    h = F(3.0) * 1.0
    print(type(h).__name__, h)


def mixed_types():
    x = 1.0
    x = 2 + 3
    print(x)
    x = x * 1.5
    print(x)
    x = x - 0.5
    print(x)
    x = "s"
    x = 1.0 + 1
    print(x)


locals_case()
self_assign()
in_loop(7)
subclass_case()
mixed_types()
