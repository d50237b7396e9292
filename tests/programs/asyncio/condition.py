# Condition: wait/notify in FIFO order, notify_all, wait_for, and errors
# when the lock is not held.
import asyncio

async def consumer(cond, name, items, log):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append('%s took %s' % (name, items.pop(0)))

async def sleeper(cond, name, log):
    async with cond:
        log.append(name + ' waits')
        await cond.wait()
        log.append(name + ' notified')

async def main():
    log = []
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, n, items, log)) for n in ('c1', 'c2')]
    await asyncio.sleep(0)
    async with cond:
        items.append('x')
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append('y')
        cond.notify()
    await asyncio.gather(*tasks)
    waiters = [asyncio.create_task(sleeper(cond, n, log)) for n in ('s1', 's2', 's3')]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*waiters)
    print('\n'.join(log))
    print(cond.locked())
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print(lock.locked())

asyncio.run(main())
