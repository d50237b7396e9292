# An uncaught TimeoutError from wait_for ends asyncio.run with a traceback.
import asyncio

async def main():
    await asyncio.wait_for(asyncio.sleep(5), 0.01)

asyncio.run(main())
