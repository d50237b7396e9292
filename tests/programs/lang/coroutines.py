# async def, await, async with (several items, return inside), async for
# (else, break, continue), send/throw/close on coroutine objects, the
# TypeErrors of bad awaitables, driven by a tiny hand-written event loop.
import sys

class Tick:
    """An awaitable that suspends once, handing `label` to the driver."""
    def __init__(self, label):
        self.label = label
    def __await__(self):
        sent = yield self.label
        return (self.label, sent)

def run(coro):
    """A tiny event loop: send each yielded label back, upper-cased."""
    value = None
    trace = []
    while True:
        try:
            label = coro.send(value)
        except StopIteration as stop:
            return trace, stop.value
        trace.append(label)
        value = label.upper()

async def child(n):
    got = await Tick("c%d" % n)
    return got[1] * n

async def parent():
    a = await child(1)
    b = await child(2)
    return a + "|" + b

print(run(parent()))

class Res:
    def __init__(self, name, log, swallow=False):
        self.name, self.log, self.swallow = name, log, swallow
    async def __aenter__(self):
        self.log.append("enter " + self.name)
        await Tick("aenter")
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        self.log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        await Tick("aexit")
        return self.swallow

async def use_with(fail):
    log = []
    async with Res("a", log) as x, Res("b", log, swallow=True) as y:
        log.append(x + y)
        if fail:
            raise KeyError("k")
    log.append("after")
    return log

print(run(use_with(False)))
print(run(use_with(True)))

async def ret_in_with():
    log = []
    async with Res("r", log):
        return log

print(run(ret_in_with()))

class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Tick("n%d" % self.i)
        return self.i

async def use_for():
    out = []
    async for v in Counter(3):
        out.append(v)
    else:
        out.append("else")
    async for v in Counter(5):
        if v == 2:
            continue
        if v == 4:
            break
        out.append(v * 10)
    return out

print(run(use_for()))

async def raises():
    await Tick("x")
    raise ValueError("inside")

c = raises()
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

async def simple():
    return 7
s = simple()
print(type(s).__name__, s.__name__, s.__qualname__)
try:
    s.send(None)
except StopIteration as e:
    print("value", e.value)

async def thrower():
    try:
        await Tick("t")
    except KeyError as e:
        return "caught %r" % (e,)
t = thrower()
print(t.send(None))
try:
    t.throw(KeyError("boom"))
except StopIteration as e:
    print(e.value)
t2 = thrower()
t2.send(None)
t2.close()
print("closed")

async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print(e)

class BadAwait:
    def __await__(self):
        return 3
async def bad_await2():
    await BadAwait()
try:
    bad_await2().send(None)
except TypeError as e:
    print(e)

async def bad_for():
    async for x in [1, 2]:
        pass
try:
    bad_for().send(None)
except TypeError as e:
    print(e)

async def bad_with():
    async with 1:
        pass
try:
    bad_with().send(None)
except TypeError as e:
    print(e)

try:
    for x in simple():
        pass
except TypeError as e:
    print(e)

class Wrapping:
    def __await__(self):
        return child(3).__await__()
async def use_wrapping():
    return await Wrapping()
print(run(use_wrapping()))
