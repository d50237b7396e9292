# contextlib.ExitStack: LIFO unwinding, callbacks, pop_all, suppression
# and exceptions raised by exit callbacks, chained as in nested withs.
from contextlib import ExitStack, contextmanager


@contextmanager
def named(n, log):
    log.append(f"enter {n}")
    try:
        yield n
    finally:
        log.append(f"exit {n}")


log = []
with ExitStack() as stack:
    names = [stack.enter_context(named(i, log)) for i in range(3)]
    stack.callback(log.append, "callback")
    log.append(f"body {names}")
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(named("a", log))
    moved = stack.pop_all()
log.append("stack closed")
moved.close()
print(log)


class Suppressor:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        print("suppressing", t.__name__ if t else None)
        return True


with ExitStack() as stack:
    stack.enter_context(Suppressor())
    raise ValueError("swallowed")
print("after suppression")


def raiser(msg):
    def cb(*exc):
        raise KeyError(msg)
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser("first"))
        stack.push(raiser("second"))
        raise ValueError("body")
except KeyError as e:
    print("raised", e, "context", repr(e.__context__), "context of that", repr(e.__context__.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print(e)

stack = ExitStack()
stack.callback(print, "closing", "now", sep="-")
stack.close()
stack.close()
