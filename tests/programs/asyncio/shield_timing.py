# shield protects the inner task from the outer cancellation; sleeps
# finish in deadline order, not in creation order (deadlines 100 ms apart,
# so that a loaded machine cannot reorder them).
import asyncio

async def work(log):
    await asyncio.sleep(0.2)
    log.append('work finished')
    return 'w'

async def napper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)

async def main():
    log = []
    inner = asyncio.create_task(work(log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        log.append('outer timed out')
    print(await inner, inner.cancelled())
    await asyncio.gather(napper('c', 0.3, log), napper('a', 0.1, log), napper('b', 0.2, log))
    print(log)

asyncio.run(main())
