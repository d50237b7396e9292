# wait (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, timeout) and
# as_completed in completion order.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    ts = [asyncio.create_task(job(n, d), name=n)
          for n, d in (('a', 0.2), ('b', 0.01), ('c', 0.1))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending))
    ts = [asyncio.create_task(job('x', 0.01, fail=True), name='x'),
          asyncio.create_task(job('y', 0.3), name='y')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print(names(done), names(pending))
    pending.pop().cancel()
    ts[0].exception()
    order = []
    for fut in asyncio.as_completed([job('slow', 0.1), job('fast', 0.01), job('mid', 0.05)]):
        order.append(await fut)
    print(order)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
