"""Helpers for the with statement, with CPython's contextlib behaviour:
contextmanager, asynccontextmanager, suppress, closing, aclosing,
nullcontext, redirect_stdout, redirect_stderr, chdir, ExitStack,
AsyncExitStack, ContextDecorator and the abstract base classes."""

import sys

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir"]


def _has(cls, name):
    return any(name in klass.__dict__ for klass in cls.__mro__)


class AbstractContextManager:
    """Base class for context managers: __enter__ returns self."""

    def __class_getitem__(cls, item):
        return cls

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is AbstractContextManager:
            return (_has(other, "__enter__") and _has(other, "__exit__")) or NotImplemented
        return NotImplemented


class AbstractAsyncContextManager:
    """Base class for async context managers: __aenter__ returns self."""

    def __class_getitem__(cls, item):
        return cls

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


def _wraps(wrapper, wrapped):
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        if hasattr(wrapped, name):
            setattr(wrapper, name, getattr(wrapped, name))
    wrapper.__wrapped__ = wrapped
    return wrapper


class ContextDecorator:
    """Mixin that lets a context manager decorate a function: each call
    runs inside a fresh instance (see _recreate_cm)."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def call_inside(*args, **kwargs):
            with self._recreate_cm():
                return func(*args, **kwargs)
        return _wraps(call_inside, func)


class AsyncContextDecorator:
    """ContextDecorator for coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def call_inside(*args, **kwargs):
            async with self._recreate_cm():
                return await func(*args, **kwargs)
        return _wraps(call_inside, func)


def _rethrown(raised, sent, traceback):
    """After gen.throw(sent) ended with `raised`: True when that is the
    generator letting `sent` through unchanged (PEP 479 turns a
    StopIteration into a RuntimeError whose __cause__ is it), so that the
    with statement re-raises the original exception."""
    if raised is sent:
        return True
    stop_like = isinstance(sent, (StopIteration, StopAsyncIteration))
    return isinstance(raised, RuntimeError) and stop_like and raised.__cause__ is sent


class _GeneratorCMBase:
    """The generator behind a @contextmanager or @asynccontextmanager
    object, and how to make a fresh one (for use as a decorator)."""

    def __init__(self, func, args, kwargs):
        self._factory = (func, args, kwargs)
        self.gen = func(*args, **kwargs)
        self.__doc__ = getattr(func, "__doc__", None) or type(self).__doc__

    def _recreate_cm(self):
        return type(self)(*self._factory)


class _GeneratorCM(_GeneratorCMBase, ContextDecorator, AbstractContextManager):
    """What @contextmanager returns when called: drives the generator."""

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as stop:
            return stop is not value  # the generator swallowed the exception
        except BaseException as raised:
            if not _rethrown(raised, value, traceback):
                raise
            value.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorCM(_GeneratorCMBase, AsyncContextDecorator, AbstractAsyncContextManager):
    """What @asynccontextmanager returns when called."""

    async def __aenter__(self):
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as raised:
            if not _rethrown(raised, value, traceback):
                raise
            value.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager: a generator function that yields once becomes a
    factory of context managers; the yielded value is what `as` binds."""
    def make(*args, **kwargs):
        return _GeneratorCM(func, args, kwargs)
    return _wraps(make, func)


def asynccontextmanager(func):
    """@asynccontextmanager: the async form of @contextmanager."""
    def make(*args, **kwargs):
        return _AsyncGeneratorCM(func, args, kwargs)
    return _wraps(make, func)


class closing(AbstractContextManager):
    """Calls thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _Redirect(AbstractContextManager):
    _name = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._name))
        setattr(sys, self._name, self._new_target)
        return self._new_target

    def __exit__(self, *exc_info):
        setattr(sys, self._name, self._saved.pop())


class redirect_stdout(_Redirect):
    """Points sys.stdout somewhere else for the duration of the block."""
    _name = "stdout"


class redirect_stderr(_Redirect):
    """Points sys.stderr somewhere else for the duration of the block."""
    _name = "stderr"


class suppress(AbstractContextManager):
    """Swallows the given exception types raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc_value, traceback):
        return exc_type is not None and issubclass(exc_type, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; `as` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc_info):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc_info):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory for the duration of the block."""

    def __init__(self, path):
        self.path = path
        self._saved = []

    def __enter__(self):
        import os
        self._saved.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc_info):
        import os
        os.chdir(self._saved.pop())


def _protocol_error(cm, what):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the "
                     f"{what} protocol")


class _StackBase:
    """The callbacks of an exit stack: (is_async, fn) with fn called as
    fn(exc_type, exc, tb), most recent first."""

    def __init__(self):
        self._callbacks = []

    def pop_all(self):
        other = type(self)()
        other._callbacks, self._callbacks = self._callbacks, []
        return other

    def push(self, exit):
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            self._callbacks.append((False, exit))
        else:
            self._callbacks.append((False, lambda t, e, tb: method(exit, t, e, tb)))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        if not hasattr(cls, "__enter__") or not hasattr(cls, "__exit__"):
            raise _protocol_error(cm, "context manager")
        result = cls.__enter__(cm)
        exit = cls.__exit__
        self._callbacks.append((False, lambda t, e, tb: exit(cm, t, e, tb)))
        return result

    def callback(self, callback, /, *args, **kwds):
        def run(t, e, tb):
            callback(*args, **kwds)
        run.__wrapped__ = callback
        self._callbacks.append((False, run))
        return callback


def _chain_onto(new_exc, old_exc, frame_exc):
    # A callback's exception should have the exception it was handling as
    # its context; walk to the end of its own chain and attach it there.
    exc = new_exc
    while True:
        ctx = exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        exc = ctx
    exc.__context__ = old_exc


def _raise_pending(exc):
    ctx = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = ctx  # raising here must not re-chain it
        raise


class ExitStack(_StackBase, AbstractContextManager):
    """Runs any number of exit callbacks and context managers' __exit__,
    last in, first out, as if they were nested with statements."""

    def __enter__(self):
        return self

    def __exit__(self, *details):
        received = details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = pending = False
        while self._callbacks:
            _, fn = self._callbacks.pop()
            try:
                if fn(*details):
                    suppressed, pending = True, False
                    details = (None, None, None)
            except BaseException as exc:
                _chain_onto(exc, details[1], frame_exc)
                pending = True
                details = (type(exc), exc, exc.__traceback__)
        if pending:
            _raise_pending(details[1])
        return received and suppressed

    def close(self):
        self.__exit__(None, None, None)


class AsyncExitStack(_StackBase, AbstractAsyncContextManager):
    """ExitStack that also takes async context managers and callbacks."""

    async def enter_async_context(self, cm):
        cls = type(cm)
        if not hasattr(cls, "__aenter__") or not hasattr(cls, "__aexit__"):
            raise _protocol_error(cm, "asynchronous context manager")
        result = await cls.__aenter__(cm)
        exit = cls.__aexit__
        self._callbacks.append((True, lambda t, e, tb: exit(cm, t, e, tb)))
        return result

    def push_async_exit(self, exit):
        method = getattr(type(exit), "__aexit__", None)
        if method is None:
            self._callbacks.append((True, exit))
        else:
            self._callbacks.append((True, lambda t, e, tb: method(exit, t, e, tb)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def run(t, e, tb):
            await callback(*args, **kwds)
        run.__wrapped__ = callback
        self._callbacks.append((True, run))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *details):
        received = details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = pending = False
        while self._callbacks:
            is_async, fn = self._callbacks.pop()
            try:
                result = fn(*details)
                if is_async:
                    result = await result
                if result:
                    suppressed, pending = True, False
                    details = (None, None, None)
            except BaseException as exc:
                _chain_onto(exc, details[1], frame_exc)
                pending = True
                details = (type(exc), exc, exc.__traceback__)
        if pending:
            _raise_pending(details[1])
        return received and suppressed
