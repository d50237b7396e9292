# Lock: mutual exclusion in FIFO order, async with, release errors.
import asyncio

async def user(lock, name, log):
    async with lock:
        log.append(name + '+')
        await asyncio.sleep(0.001)
        log.append(name + '-')

async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    log = []
    await asyncio.gather(*[user(lock, n, log) for n in 'abcd'])
    print(log)
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    # A waiter cancelled while queued does not block the others.
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    lock.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(w1.cancelled(), w2.done(), lock.locked())
    lock.release()

asyncio.run(main())
