# asyncio.run returns the coroutine's value; tasks interleave in FIFO order.
import asyncio

log = []

async def step(name, n):
    for i in range(n):
        log.append('%s%d' % (name, i))
        await asyncio.sleep(0)
    return name * n

async def main():
    t1 = asyncio.create_task(step('a', 3))
    t2 = asyncio.create_task(step('b', 2))
    log.append('main')
    r1 = await t1
    r2 = await t2
    return r1, r2

print(asyncio.run(main()))
print(log)
try:
    asyncio.run(5)
except ValueError as e:
    print('ValueError:', e)

async def nested():
    try:
        asyncio.run(asyncio.sleep(0))
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(nested())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
