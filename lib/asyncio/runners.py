"""asyncio.run(): a new loop for one coroutine, then the clean-up of the
tasks still pending."""

from . import events
from . import tasks

__all__ = ('run',)


def run(main, *, debug=None):
    """Execute the coroutine and return the result."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not tasks.iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = events.new_event_loop()
    if debug is not None:
        loop.set_debug(debug)
    try:
        events.set_event_loop(loop)
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
        finally:
            events.set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in tasks._all_tasks if t._loop is loop and not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
