# contextlib's async helpers, driven by hand (no event loop needed: nothing
# here awaits a real suspension).
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("suspended")


@asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name * 2
    except KeyError as e:
        print("handled", e)
    finally:
        print("close", name)


async def main():
    async with session("ab") as s:
        print("using", s)
    async with session("x"):
        raise KeyError("k")
    try:
        async with session("y"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    async with nullcontext(5) as n:
        print("null", n)
    log = []
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(session("s1"))
        stack.callback(log.append, "sync cb")

        async def acb(tag):
            log.append(tag)
        stack.push_async_callback(acb, "async cb")
        print("stack body", a)
    print(log)

    class Gen:
        async def aclose(self):
            print("aclosed")
    async with aclosing(Gen()) as g:
        print(type(g).__name__)
    return "done"


print(run(main()))
