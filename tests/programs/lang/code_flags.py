# code.co_flags carries CPython's bits: CO_COROUTINE (0x80) for async def,
# CO_ASYNC_GENERATOR (0x200) for async generators; inspect reads them.
import inspect
def f(): pass
def g(): yield
async def a(): pass
async def ag(): yield
def h(*a, **k): pass
def outer():
    x = 1
    def inner(): return x
    return inner
print(f.__code__.co_flags, g.__code__.co_flags, a.__code__.co_flags, ag.__code__.co_flags, h.__code__.co_flags, outer().__code__.co_flags, outer.__code__.co_flags)
print(inspect.iscoroutinefunction(a), inspect.isasyncgenfunction(ag), inspect.isgeneratorfunction(g), inspect.iscoroutinefunction(g), inspect.isasyncgenfunction(a))
