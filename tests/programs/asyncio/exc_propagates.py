# An exception in a task propagates through await and out of asyncio.run.
import asyncio

async def inner():
    await asyncio.sleep(0)
    raise ValueError('deep failure')

async def main():
    t = asyncio.create_task(inner())
    print('waiting')
    await t
    print('not reached')

asyncio.run(main())
