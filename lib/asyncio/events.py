"""The event loop: a FIFO queue of ready callbacks and a heap of timers by
deadline, run one batch at a time as CPython's BaseEventLoop does, so that
tasks interleave in CPython's order. There is no I/O: when nothing is ready
the loop sleeps until the next timer."""

import heapq
import sys
import time
from collections import deque

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop',
           'get_running_loop', 'new_event_loop', 'set_event_loop',
           'get_event_loop_policy')

_running_loop = None      # the loop whose run_forever() is active
_current_loop = None      # the loop set by set_event_loop()


class Handle:
    """A callback and its arguments, scheduled on a loop."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop')

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            # Drop the references now: a cancelled timer may wait long in the heap.
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def __repr__(self):
        if self._cancelled:
            return '<%s cancelled>' % type(self).__name__
        return '<%s %s>' % (type(self).__name__, _callback_name(self._callback))

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback %s' % _callback_name(self._callback),
                'exception': exc,
                'handle': self,
            })


def _callback_name(callback):
    # 'name()', as CPython shows a callback (without its source location).
    return getattr(callback, '__qualname__', repr(callback)) + '()'


class TimerHandle(Handle):
    """A Handle due at loop time `when`; ordered by (when, scheduling order)."""

    __slots__ = ('_when', '_seq')

    def __init__(self, when, seq, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._seq = seq

    def when(self):
        return self._when

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)


class AbstractEventLoop:
    """The base of event loops (the one implementation is BaseEventLoop)."""


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._exception_handler = None
        self._debug = False
        # Timers due within this window run in the same batch, as in CPython.
        self._clock_resolution = 1e-9

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self._running, self._closed, self._debug)

    # --- Scheduling

    def time(self):
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if not callable(callback):
            raise TypeError('a callable object was expected by call_soon(), got %r'
                            % (callback,))
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        self._seq += 1
        timer = TimerHandle(when, self._seq, callback, args, self)
        heapq.heappush(self._scheduled, timer)
        return timer

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        from .tasks import Task
        return Task(coro, loop=self, name=name)

    # --- Running

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        from .futures import isfuture
        from .tasks import ensure_future
        self._check_closed()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()     # it propagates here: mark it retrieved
            raise
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        # One iteration: wait for the first timer if nothing is ready, move
        # the timers that are due to the ready queue, then run exactly the
        # callbacks that were ready at this point (new ones wait a turn).
        scheduled = self._scheduled
        while scheduled and scheduled[0]._cancelled:
            heapq.heappop(scheduled)
        if not self._ready and not self._stopping:
            if not scheduled:
                raise RuntimeError('Event loop has nothing to run: every task '
                                   'is waiting for something that never comes')
            delay = scheduled[0]._when - self.time()
            if delay > 0:
                time.sleep(delay)
        end_time = self.time() + self._clock_resolution
        while scheduled and scheduled[0]._when < end_time:
            timer = heapq.heappop(scheduled)
            if not timer._cancelled:
                self._ready.append(timer)
        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()

    # --- Errors

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        lines = [context.get('message') or 'Unhandled exception in event loop']
        exc = context.get('exception')
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append('%s: %r' % (key, context[key]))
        if exc is not None:
            lines.append('%s: %s' % (type(exc).__name__, exc))
        print('\n'.join(lines), file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass


def _stop_loop(fut):
    fut.get_loop().stop()


def new_event_loop():
    return BaseEventLoop()


def get_running_loop():
    """Return the running event loop. Raise a RuntimeError if there is none."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    """The running loop; outside one, the current loop (made on first use)."""
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None:
        _current_loop = new_event_loop()
    return _current_loop


def set_event_loop(loop):
    global _current_loop
    _current_loop = loop


class _Policy:
    """The default policy: one current loop (there are no threads)."""

    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


_policy = _Policy()


def get_event_loop_policy():
    return _policy
