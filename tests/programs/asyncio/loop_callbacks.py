# The loop's own API: call_soon order, call_later by deadline, loop.time,
# run_until_complete on a loop made by hand.
import asyncio

def cb(tag, log):
    log.append(tag)

async def main(log):
    loop = asyncio.get_running_loop()
    loop.call_later(0.02, cb, 'late', log)
    loop.call_later(0.01, cb, 'early', log)
    h = loop.call_later(0.015, cb, 'cancelled', log)
    loop.call_soon(cb, 'soon1', log)
    loop.call_soon(cb, 'soon2', log)
    h.cancel()
    print(h.cancelled(), loop.is_running(), loop.time() > 0)
    await asyncio.sleep(0.03)
    return 'main done'

log = []
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(main(log)))
print(log)
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(main(log))
except RuntimeError as e:
    print('RuntimeError:', e)
