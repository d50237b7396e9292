# Asynchronous comprehensions: async for clauses and await inside list, set
# and dict comprehensions of an async function, nested ones included.
class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got

class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Tick(self.i)

def run(coro):
    value, seen = None, []
    while True:
        try:
            y = coro.send(value)
        except StopIteration as stop:
            return seen, stop.value
        seen.append(y)
        value = y * 100

async def double(x):
    return await Tick(x) + x

async def main():
    a = [v async for v in ARange(3)]
    b = [await double(x) for x in range(2)]
    c = {v: w async for v in ARange(2) for w in "ab" if v}
    d = {await double(v) async for v in ARange(2) if v > 1}
    e = [[await double(y) for y in range(i)] for i in range(3)]
    return a, b, c, d, e

print(run(main()))
