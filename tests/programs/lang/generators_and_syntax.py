def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"
g = gen(3)
print(next(g), g.send("hi"), next(g))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
def deleg():
    r = yield from gen(2)
    print("delegate returned", r)
    yield "after"
print(list(deleg()))
def thrown():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
            yield "recovered"
t = thrown(); next(t)
print(t.throw(ValueError("boom")))
def closer():
    try:
        yield 1
    finally:
        print("cleanup")
c = closer(); next(c); c.close(); c.close()
def pep479():
    yield 1
    raise StopIteration("oops")
try:
    list(pep479())
except RuntimeError as e:
    print(e, repr(e.__cause__))
print(sum(x * x for x in range(5)), list(x for x in "ab"))
ge = (x for x in range(3))
print(type(ge).__name__, next(ge), list(ge))
print([[j for j in range(i)] for i in range(3)])
print({k: v for k, v in zip("ab", (1, 2))}, {x % 3 for x in range(10)})
x = "outer"
print([x for x in range(2)], x)
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
if (n := len("hello")) > 3:
    print("walrus", n)
print([y for v in range(4) if (y := v * 2) > 2], y)
a, *b, c = range(6)
print(a, b, c)
*d, = "xyz"
print(d, [*range(2), *"ab"], (*[1], 2), {**{'a': 1}, 'b': 2}, {*[1, 1], 2})
(p, q), r = (1, 2), 3
print(p, q, r)
w = 3.14159
print(f"{w:.2f} {w!r} {'s'!s:>4} {'é'!a} {w=} {w = :.1f} {{}} {3:{'>'}{5}}|")
width = 6; prec = 2
print(f"{w:{width}.{prec}f}|{'x':*^{width}}|{10:#x}")
nm = "v"
print(f"{nm!r:>5}", f'{"nested" + f"{1+1}"}')
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.name == "swallow"
with CM("a") as A, CM("swallow") as B:
    print("body", A, B)
    raise KeyError
print("after with")
def outer():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 1
            return v
        return inner()
    return mid(), v
print(outer())
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
total = 1 + \
    2
print(total); print("semi"); z = 1; print(z)
if __name__ == "__main__":
    print("main guard", __name__)
def gen_return_value():
    return 5
    yield
it = gen_return_value()
try:
    it.send(None)
except StopIteration as e:
    print("send stop", e.value)
