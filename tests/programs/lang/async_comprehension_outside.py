# An asynchronous comprehension needs an async function around it.
print("never runs")
async def f(z):
    return 1
x = [await y for y in f(1)]
