# next() on a generator that returns a value raises StopIteration(value).
def g():
    return 5
    yield


try:
    next(g())
except StopIteration as e:
    print("value", e.value, e.args)

print(next(g(), "default"))


def h():
    yield 1
    return "done"


it = h()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", repr(e.value), e.args)
print(next(it, "again"))

# Consumers treat it as plain exhaustion, no exception leaks.
print(list(h()), tuple(h()), sum(x for x in h()))
for x in h():
    print("for", x)
a, = h()
print(a)
L = [0]
L.extend(h())
print(L, set(h()), dict.fromkeys(h()))
print(sorted(h()), min(h()), max(h()), any(h()), all(h()))
print([x for x in h()], list(zip(h(), h())), list(map(str, h())))


def outer():
    r = yield from h()
    print("yield from got", r)
    return r * 2


print(list(outer()))
try:
    next(iter(outer()))
    o = outer()
    next(o)
    next(o)
except StopIteration as e:
    print("outer", e.value)


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n)
        return self.n


i = It()
print(list(i))
try:
    next(i)
except StopIteration as e:
    print("It", e.value)


def deleg():
    r = yield from It()
    return r


try:
    d = deleg()
    print(next(d), next(d))
    next(d)
except StopIteration as e:
    print("deleg", e.value)
print(g().__next__ is not None)
try:
    g().__next__()
except StopIteration as e:
    print("dunder", e.value)
