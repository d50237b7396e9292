# get_event_loop outside a running loop, run_until_complete on futures;
# then main fails: pending tasks are cancelled and the error propagates.
import asyncio
loop = asyncio.get_event_loop()
async def f():
    await asyncio.sleep(0.01)
    return 3
print(loop.run_until_complete(f()))
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, 'later')
print(loop.run_until_complete(fut))
print(asyncio.get_event_loop() is loop)
loop.close()
async def bg():
    try:
        await asyncio.sleep(1)
    finally:
        print('bg cleanup')
async def main2():
    asyncio.create_task(bg())
    await asyncio.sleep(0)
    raise ValueError('main failed')
asyncio.run(main2())
