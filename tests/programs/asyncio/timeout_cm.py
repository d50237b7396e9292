# asyncio.timeout() (3.11): TimeoutError at the deadline, nothing when the
# block finishes in time, reschedule, expired(), timeout_at and None.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(5)
        print('not reached')
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__, cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print('in time', cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
        print(cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print('cancelled inside, re-raising')
            raise
    print('unreached')

async def outer():
    try:
        await main()
    except TimeoutError:
        print('rescheduled deadline hit')
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print('deadline in the past')

asyncio.run(outer())
