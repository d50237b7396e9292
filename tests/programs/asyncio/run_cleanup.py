# Pending tasks are cancelled when asyncio.run ends (their finally blocks
# run); async generators, async with, call_soon order, all_tasks.
import asyncio

async def forever(name):
    try:
        while True:
            await asyncio.sleep(0.01)
    finally:
        print(name, 'finalized')

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

class CM:
    async def __aenter__(self):
        print('enter')
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, *a):
        print('exit', a[0])
        return True

async def child(i):
    await asyncio.sleep(0)
    if i == 1:
        raise ValueError(i)
    await asyncio.sleep(0)
    print('child', i, 'done')
    return i

async def main():
    asyncio.create_task(forever('bg1'))
    asyncio.create_task(forever('bg2'))
    print([x async for x in agen(3)])
    async with CM() as c:
        raise KeyError('x')
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, child(0), return_exceptions=True)
    print(type(r[0]).__name__, r[1])
    try:
        await asyncio.gather(child(1), child(2), child(3))
    except ValueError as e:
        print('VE', e)
    await asyncio.sleep(0.005)
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name())
    await asyncio.sleep(-1)
    async def waiter(lock, n):
        async with lock:
            await asyncio.sleep(0)
            print('w', n)
    lock = asyncio.Lock()
    await asyncio.gather(*(waiter(lock, i) for i in range(3)))
    loop = asyncio.get_running_loop()
    order = []
    for i in range(3):
        loop.call_soon(order.append, i)
    await asyncio.sleep(0)
    print(order)
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0)
        print('setting')
        ev.set()
    asyncio.create_task(setter())
    print('wait', await ev.wait())
    return 'end'

print(asyncio.run(main()))
