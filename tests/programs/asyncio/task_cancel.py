# Task.cancel: CancelledError reaches the coroutine at its await; a
# coroutine can catch it, clean up, and the task still ends cancelled.
import asyncio

async def sleeper(name):
    try:
        print(name, 'sleeping')
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print(name, 'got', type(e).__name__, e.args)
        raise
    finally:
        print(name, 'cleanup')

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('stubborn swallowed it')
    return 'kept going'

async def main():
    t = asyncio.create_task(sleeper('one'))
    await asyncio.sleep(0)
    print('cancel ->', t.cancel('stop now'))
    print('cancel again ->', t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main saw', e.args)
    print(t.done(), t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() raises CancelledError')
    # Cancelled before it ever ran: the coroutine never starts.
    t2 = asyncio.create_task(sleeper('two'))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print('two cancelled before start', t2.cancelled())
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
