# gather: results in argument order, return_exceptions, the first error.
# The delays are 100 ms apart, so that a busy machine cannot reorder them.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)
    print('done', name)
    return name

async def main():
    print(await asyncio.gather(job('x', 0.3), job('y', 0.1), job('z', 0.2)))
    print(await asyncio.gather())
    res = await asyncio.gather(job('p', 0.05), job('q', 0, fail=True),
                               return_exceptions=True)
    print(res, type(res[1]).__name__)
    try:
        await asyncio.gather(job('r', 0.4), job('s', 0.1, fail=True))
    except KeyError as e:
        print('KeyError', e)
    await asyncio.sleep(0.5)   # 'r' still finishes
    t = asyncio.ensure_future(job('t', 0))
    print(await asyncio.gather(t, t, job('u', 0)))
    g = asyncio.gather(job('v', 1), job('w', 1))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())

asyncio.run(main())
