# Cancellation through nested awaits (with awaits in the handlers), async
# generators under the loop, chained exceptions, tasks awaiting tasks.
import asyncio

async def level3(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('l3 cancelled')
        await asyncio.sleep(0)       # await inside the handler
        log.append('l3 after cleanup sleep')
        raise

async def level2(log):
    try:
        return await level3(log)
    finally:
        log.append('l2 finally')
        await asyncio.sleep(0)

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def consume(log):
    async for i in ticker(10):
        log.append('tick %d' % i)
        if i == 2:
            break

async def gen_with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append('agen finally')

async def main():
    log = []
    t = asyncio.create_task(level2(log))
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    log.append(type(res[0]).__name__)
    await consume(log)
    g = gen_with_finally(log)
    log.append(await g.__anext__())
    await g.aclose()
    # Exception chaining inside tasks
    async def chained():
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError('wrapped') from e
    t2 = asyncio.create_task(chained())
    try:
        await t2
    except ValueError as e:
        log.append('%s <- %s' % (e, type(e.__cause__).__name__))
    # A task awaiting another task that is cancelled
    inner = asyncio.create_task(asyncio.sleep(5))
    async def outer():
        return await inner
    ot = asyncio.create_task(outer())
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await ot
    except asyncio.CancelledError:
        log.append('outer saw cancel %s %s' % (ot.cancelled(), inner.cancelled()))
    # cancel outer waiting on inner: inner gets cancelled too
    inner2 = asyncio.create_task(asyncio.sleep(5))
    async def outer2():
        return await inner2
    ot2 = asyncio.create_task(outer2())
    await asyncio.sleep(0)
    ot2.cancel()
    await asyncio.gather(ot2, return_exceptions=True)
    log.append('inner2 %s' % inner2.cancelled())
    # Uncaught exception in a task that is awaited later
    async def fail_later():
        raise KeyError('k')
    t3 = asyncio.create_task(fail_later())
    await asyncio.sleep(0.001)
    try:
        await t3
    except KeyError as e:
        log.append('late await %r' % e)
    for line in log:
        print(line)

asyncio.run(main())
