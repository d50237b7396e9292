# Semaphore: at most N holders at a time; BoundedSemaphore over-release.
import asyncio

active = 0
peak = 0

async def worker(sem, i, log):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append('in%d' % i)
        await asyncio.sleep(0.001 * (3 - i % 3))
        log.append('out%d' % i)
        active -= 1

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*[worker(sem, i, log) for i in range(6)])
    # FIFO: slots go to the waiters in arrival order.
    print(peak, [x for x in log if x.startswith('in')], len(log))
    print(sem.locked(), await sem.acquire(), await sem.acquire(), sem.locked())
    sem.release()
    sem.release()
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
