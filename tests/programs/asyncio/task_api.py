# Task and Future methods: done/result/exception, names, callbacks,
# InvalidStateError.
import asyncio

async def value(v):
    await asyncio.sleep(0)
    return v

async def fail():
    raise ZeroDivisionError('nope')

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(value(7), name='seven')
    print(t.get_name(), t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    t.add_done_callback(lambda f: print('callback sees', f.result()))
    print(await t, t.done(), t.exception())
    await asyncio.sleep(0)
    f = loop.create_future()
    f.add_done_callback(lambda fut: print('future done', fut.result()))
    loop.call_soon(f.set_result, 'hello')
    print(await f)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError:
        print('set twice refused')
    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(t.done(), type(t.exception()).__name__, t.exception())
    try:
        t.result()
    except ZeroDivisionError as e:
        print('result re-raises', e)
    f2 = loop.create_future()
    f2.set_exception(ValueError('bad'))
    try:
        await f2
    except ValueError as e:
        print('awaited exception', e)
    print(asyncio.isfuture(f2), asyncio.isfuture(5), asyncio.current_task() is not None)
    cb = lambda fut: None
    f3 = loop.create_future()
    f3.add_done_callback(cb)
    f3.add_done_callback(cb)
    print(f3.remove_done_callback(cb), f3.cancel(), f3.cancelled())
    t4 = asyncio.create_task(value(1))
    t4.set_name('renamed')
    print(t4.get_name(), await t4)

asyncio.run(main())
