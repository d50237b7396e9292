# Runs of instructions the compiler fuses beyond pairs (`local op const`,
# `if local cmp const:`, `return local`, the load of a global function)
# and the CALL handler's own path for plain Python functions: the same
# values, errors and line numbers as the unfused instructions, for small
# ints, for everything the fast paths leave to the generic ones, and for
# calls the fast path does not take.
import sys


def where(fn, *args):
    try:
        return fn(*args)
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        return type(e).__name__, str(e), tb.tb_lineno - fn.__code__.co_firstlineno


def arith(n):
    return (n + 1, n - 2, n * 3, n // 4, n % 5, n & 6, n | 8, n ^ 9, n << 2, n >> 1,
            n ** 2, n / 2)


class MyInt(int):
    def __sub__(self, other):
        return "sub"

    def __lt__(self, other):
        return "lt"


print(arith(7))
print(arith(-7))
print(arith(2 ** 61))            # results outside the small ints
print(arith(-(2 ** 62)))
print(arith(2 ** 62 - 1))        # the largest small int: + overflows it
print(arith(-(2 ** 62) + 1))


def inplace(n):
    n += 1
    m = n
    m -= 3
    return n, m


print(inplace(5), inplace(2 ** 62 - 1), inplace(-(2 ** 62) + 2), inplace(2 ** 100), inplace(0.5))
print(arith(True))
print(where(arith, 2.5))
print(arith(MyInt(3)))


def big_shift(n):
    return n << 70, n >> 70


print(big_shift(3), big_shift(-3))


def div_zero(n):
    x = 1
    return (n //
            0)


def mod_zero(n):
    return n % 0


def unbound_op(flag):
    if flag:
        v = 1
    return v + 1


def str_op(s):
    return s + "!"


print(where(div_zero, 5))
print(where(mod_zero, 5))
print(where(unbound_op, False))
print(where(str_op, "a"))
print(where(str_op, 1))


def cmp_all(n):
    out = []
    if n < 2:
        out.append("lt")
    if n <= 2:
        out.append("le")
    if n == 2:
        out.append("eq")
    if n != 2:
        out.append("ne")
    if n > 2:
        out.append("gt")
    if n >= 2:
        out.append("ge")
    if not n < 2:
        out.append("not lt")
    k = 0
    while k < 5:
        k += 1
    out.append(k)
    return out


for v in (1, 2, 3, -(2 ** 62), 2 ** 62, 2.0, 1.5, True, MyInt(1)):
    print(v, cmp_all(v))


def cmp_error(x):
    if x < 2:
        return 1
    return 2


def cmp_unbound(flag):
    if flag:
        x = 1
    if x < 2:
        return 1


print(where(cmp_error, "s"))
print(where(cmp_error, None))
print(where(cmp_unbound, False))


def ret_local(x):
    y = x
    return y


def ret_unbound(flag):
    if flag:
        y = 1
    return y


def gen_ret(n):
    total = n
    yield total
    return total


print(ret_local(5), ret_local("s"), ret_local(None))
print(where(ret_unbound, False))
g = gen_ret(3)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


class Init:
    def __init__(self, v):
        w = v
        return w


print(type(Init(None)).__name__)
def make_init(v):
    return Init(v)


print(where(make_init, 5))


# Globals: missing, rebound between calls, shadowing a built-in.
def call_missing():
    return missing_function(1)


def call_len(x):
    return len(x)


print(where(call_missing))
missing_function = lambda v: v * 10
print(call_missing())
del missing_function
print(where(call_missing))
print(call_len([1, 2]))
len = lambda x: "shadowed"
print(call_len([1, 2]))
del len
print(call_len([1, 2, 3]))


# Calls: exact positional calls, methods, defaults, keywords, closures,
# cells, generators, wrong counts, and the recursion limit.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def two(a, b):
    return a - b


def with_default(a, b=10):
    return a + b


def make_adder(k):
    def add(x):
        return x + k
    return add


def with_cell(a):
    def inner():
        return a
    return inner()


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def plus(self, k):
        return self.v + k


print(fib(15), two(7, 2), two(b=7, a=2), with_default(1), with_default(1, 2))
print(make_adder(3)(4), with_cell(9))
b = Box(4)
m = b.plus
print(b.get(), b.plus(1), m(2), Box.plus(b, 3))
print(list(gen_ret(2)))
print(where(two, 1))
print(where(two, 1, 2, 3))
print(where(fib))


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


print(deep(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    deep(1000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)
print(deep(200))


# Locals are released when the call returns, in CPython's order.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def releases(x):
    a = Noisy("a")
    b = Noisy("b")
    return 1


print(releases(Noisy("arg")))


# `x is None` / `x is not None` followed by a jump, and `return const`.
def is_tests(x):
    out = []
    if x is None:
        out.append("is None")
    if x is not None:
        out.append("is not None")
    if not x is None:
        out.append("not is None")
    while x is not None:
        x = None
        out.append("loop")
    out.append(x is None)
    return out


print(is_tests(None), is_tests(0), is_tests(Noisy("temp")))


def ret_const(flag):
    if flag:
        return "yes"
    return 2


def ret_none():
    pass


def gen_const():
    yield 1
    return "done"


print(ret_const(True), ret_const(False), ret_none())
g = gen_const()
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


# Calls of a local: `f(x)` (the load of f fused with the one of x), an
# unbound one, and a local holding a built-in or a bound method.
def call_locals(flag):
    f = abs
    g = [3, 1, 2].index
    h = lambda a, b: a * b
    x = -4
    out = [f(x), g(1), h(x, 2), h(2, x)]
    if flag:
        k = len
    out.append(k(out))
    return out


print(call_locals(True))
print(where(call_locals, False))


# A nonlocal rebound: the old value is released after the cell holds the
# new one.
def counter_cells():
    value = Noisy("first")

    def rebind(name):
        nonlocal value
        value = Noisy(name)
        return value.name

    return rebind


rebind = counter_cells()
print(rebind("second"))
print(rebind("third"))
del rebind
print("end")
