# aiter() and anext(), with and without a default, over async generators
# and a hand-written async iterator; driven without an event loop.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("suspended")


async def agen(n):
    for i in range(n):
        yield i * 10


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = aiter(agen(2))
    print(await anext(it), await anext(it))
    print(await anext(it, "done"), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = Countdown(2)
    print(aiter(c) is c, await anext(c), await anext(c), await anext(c, -1))
    print([x async for x in aiter(Countdown(3))])


print(run(main()))
for bad in (lambda: aiter([1]), lambda: anext(iter([1])), lambda: aiter(1, 2), lambda: anext()):
    try:
        bad()
    except TypeError as e:
        print(e)


class BadIter:
    def __aiter__(self):
        return 5


try:
    aiter(BadIter())
except TypeError as e:
    print(e)
