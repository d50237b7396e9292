"""The awaitable behind the built-in anext(iterator, default)."""


async def anext_default(iterator, default):
    try:
        return await type(iterator).__anext__(iterator)
    except StopAsyncIteration:
        return default
