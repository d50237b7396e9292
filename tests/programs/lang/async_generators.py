# Asynchronous generators: async for over them, async comprehensions, and
# __anext__/asend/athrow/aclose awaited by hand, under a tiny event loop.
class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got

def run(coro):
    value, seen = None, []
    while True:
        try:
            y = coro.send(value)
        except StopIteration as stop:
            return seen, stop.value
        seen.append(y)
        value = y * 10

async def agen(n):
    for i in range(n):
        got = await Tick(i)
        sent = yield (i, got)
        if sent is not None:
            print("asend got", sent)
    print("agen done")

async def main():
    out = []
    async for item in agen(3):
        out.append(item)
    out.append([x async for x in agen(2)])
    g = agen(5)
    out.append(await g.__anext__())
    out.append(await g.asend("hello"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("exhausted")
    return out

print(run(main()))

async def catcher():
    try:
        yield 1
    except ValueError as e:
        yield "caught %s" % e
    finally:
        print("finally in agen")

async def main2():
    g = catcher()
    a = await g.__anext__()
    b = await g.athrow(ValueError("v"))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        c = "stop"
    return a, b, c

print(run(main2()))
g = agen(1)
print(type(g).__name__, g.__name__, type(g.__anext__()).__name__ == "async_generator_asend")

async def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def main3():
    g = bad_close()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)

print(run(main3()))
try:
    for x in agen(1):
        pass
except TypeError as e:
    print(e)
