# LOAD_GLOBAL's cache must see every rebinding of a global or a builtin.
import builtins


def f():
    return g() + len("abc")


def g():
    return 1


for _ in range(3):
    print(f())


def g():
    return 10


print(f())
len = lambda s: 100
print(f())
del len
print(f())
orig = builtins.len
builtins.len = lambda s: 1000
print(f())
del builtins.len
try:
    f()
except NameError as e:
    print("NameError:", e)
builtins.len = orig
print(f())

# One code object run with different globals dicts.
code = compile("x * 2", "<s>", "eval")
for d in ({"x": 1}, {"x": 2}, {"x": 3.5}):
    print(eval(code, d))
src = compile("def h():\n    return y\n", "<s>", "exec")
for y in (1, 2):
    ns = {"y": y}
    exec(src, ns)
    print(ns["h"](), ns["h"]())
    ns["y"] = -y
    print(ns["h"]())
