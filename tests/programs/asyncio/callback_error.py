# An exception in a plain loop callback is reported on stderr and the loop
# goes on; the program still ends normally.
import asyncio

def bad():
    print('bad runs')
    1 / 0

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(bad)
    print(h.cancelled())
    await asyncio.sleep(0.01)
    print('still running')

asyncio.run(main())
