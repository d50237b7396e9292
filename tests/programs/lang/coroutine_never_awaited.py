# A coroutine that is created and dropped without being awaited: CPython
# prints a RuntimeWarning on stderr (its last line is fixed) and goes on.
async def job(n):
    return n * 2

c = job(1)
print(type(c).__name__)
del c
print("after")
async def outer():
    return await job(4)
try:
    outer().send(None)
except StopIteration as e:
    print(e.value)
