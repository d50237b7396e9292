# wait_for: the result in time, TimeoutError (the builtin in 3.11) and the
# cancellation of the inner task.
import asyncio

async def slow(n):
    try:
        await asyncio.sleep(n)
        return 'slow done'
    except asyncio.CancelledError:
        print('inner cancelled')
        raise

async def main():
    print(await asyncio.wait_for(slow(0.01), timeout=1))
    print(await asyncio.wait_for(slow(0.01), None))
    try:
        await asyncio.wait_for(slow(5), timeout=0.02)
    except TimeoutError as e:
        print('TimeoutError', repr(e), asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(5), timeout=0)
    except asyncio.TimeoutError:
        print('zero timeout')
    t = asyncio.create_task(slow(0))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(t, 0))

asyncio.run(main())
