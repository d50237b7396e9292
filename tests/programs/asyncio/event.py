# Event: waiters wake in order when it is set; clear() resets it.
import asyncio

async def waiter(ev, name):
    print(name, 'waits')
    await ev.wait()
    print(name, 'woke')
    return name

async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ('w1', 'w2', 'w3')]
    await asyncio.sleep(0)
    print('setting')
    ev.set()
    print(await asyncio.gather(*tasks))
    print(ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print('timed out waiting')

asyncio.run(main())
