"""Synchronization primitives for tasks: Event, Lock, Condition, Semaphore
and BoundedSemaphore. Waiters are futures in a FIFO, woken in arrival order."""

from collections import deque

from . import events
from .exceptions import CancelledError

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore')


class _LoopBound:
    """Bound to the loop running when it is first waited on; `_waiters`
    holds the futures of the waiting tasks, in arrival order."""

    _loop = None
    _waiters = None

    def _get_loop(self):
        loop = events.get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError('%r is bound to a different event loop' % (self,))
        return loop

    def _repr_state(self, extra):
        if self._waiters:
            extra += ', waiters:%d' % len(self._waiters)
        # CPython's form: the default repr with the state before its '>'.
        return '<%s [%s]>' % (object.__repr__(self)[1:-1], extra)

    def _enqueue(self):
        # A new future at the end of the line.
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        return fut

    async def _await_turn(self, fut):
        # Wait until `fut` is woken (or cancelled); it leaves the line either way.
        try:
            await fut
        finally:
            self._waiters.remove(fut)


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBound):
    """Primitive lock objects: acquire() waits its turn in FIFO order."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        return self._repr_state(extra)

    def locked(self):
        """Return True if lock is acquired."""
        return self._locked

    async def acquire(self):
        """Acquire the lock; a newcomer does not overtake waiting tasks."""
        if not self._locked and (self._waiters is None or
                                 all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        fut = self._enqueue()
        try:
            await self._await_turn(fut)
        except CancelledError:
            # Woken and cancelled at once: pass the turn on.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Release the lock and wake the first waiter."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if self._waiters:
            fut = self._waiters[0]
            if not fut.done():
                fut.set_result(True)


class Event(_LoopBound):
    """A flag that tasks can wait for: set() wakes every waiter."""

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        return self._repr_state(extra)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        """Block until the flag is true; returns True."""
        if self._value:
            return True
        await self._await_turn(self._enqueue())
        return True


class Condition(_ContextManagerMixin, _LoopBound):
    """Tasks wait() until another task holding the lock notifies them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):
        return self._repr_state('locked' if self.locked() else 'unlocked')

    async def wait(self):
        """Release the lock, wait for a notify(), then take the lock again
        (even when cancelled meanwhile). Returns True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await self._await_turn(self._enqueue())
            return True
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; returns its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to `n` waiting tasks, in the order they began waiting."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBound):
    """A counter of available slots; acquire() waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked, value:%d' % self._value
        return self._repr_state(extra)

    def locked(self):
        """True if acquire() would have to wait."""
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = self._enqueue()
        try:
            await self._await_turn(fut)
        except CancelledError:
            # The slot given to a cancelled waiter goes to the next one.
            if fut.done() and not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # Hands one slot to the first waiter still waiting.
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
