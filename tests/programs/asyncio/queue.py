# Queue: producers and consumers, maxsize backpressure, join/task_done.
import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put('%s%d' % (name, i))
        print('put', name, i, q.qsize())

async def consumer(q, name, got):
    while True:
        item = await q.get()
        got.append((name, item))
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.empty(), q.full(), q.maxsize, q.qsize())
    got = []
    consumers = [asyncio.create_task(consumer(q, c, got)) for c in ('c1', 'c2')]
    await asyncio.gather(producer(q, 'p', 4), producer(q, 'r', 2))
    await q.join()
    print(got)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    q2 = asyncio.Queue(1)
    q2.put_nowait('x')
    print(q2.full())
    try:
        q2.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull')
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q2.task_done()
    try:
        q2.task_done()
    except ValueError as e:
        print('ValueError:', e)
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 3):
        pq.put_nowait(x)
    lq = asyncio.LifoQueue()
    for x in (5, 1, 3):
        lq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])

asyncio.run(main())
