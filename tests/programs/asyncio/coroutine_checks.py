# iscoroutine / iscoroutinefunction, and awaiting a custom awaitable.
import asyncio

async def coro_fn():
    return 1

def plain():
    return 1

class Ready:
    def __await__(self):
        yield
        return 'ready'

async def main():
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain))
    c = coro_fn()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain()))
    print(await c)
    print(await Ready())
    t = asyncio.ensure_future(Ready())
    print(await t)
    print(await asyncio.sleep(0, result='slept'))

asyncio.run(main())
