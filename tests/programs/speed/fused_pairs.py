# Pairs of instructions the compiler fuses (two local loads, a local and a
# constant, a store then a load): the same values, errors and line numbers
# as when each instruction runs alone, also when a jump lands between them.
import sys


def line_of_error(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        return type(e).__name__, str(e), tb.tb_lineno - fn.__code__.co_firstlineno


def second_unbound(flag):
    a = 1
    if flag:
        b = 2
    return (a,
            b)


def first_unbound(flag):
    if flag:
        a = 1
    b = 2
    return a + b


def store_then_unbound(flag):
    if flag:
        c = 3
    x = 5
    return x, c


def pairs(n):
    total = 0
    a, b = 3, 4
    for i in range(n):
        x = a
        y = x + b
        total = total + y * i - 1
        z = y
        total += z
    return total, a, b, x, y, z


def jump_between(n):
    # `x if c else y` / loops: a jump lands on the second of two loads.
    out = []
    for i in range(n):
        k = i
        v = k if i % 2 else 10
        out.append((v, k))
    return out


def many_loads(a, b, c, d):
    return a - b - c - d, (a, b, c, d), a * 2 + b * 3


print(line_of_error(second_unbound, False))
print(second_unbound(True))
print(line_of_error(first_unbound, False))
print(line_of_error(store_then_unbound, False))
print(pairs(6))
print(jump_between(5))
print(many_loads(10, 1, 2, 3))
x = 0.5
y = x
x = x * 3.0
print(x, y)
