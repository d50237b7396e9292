# An async generator may not return a value.
print("never runs")
async def agen():
    yield 1
    return 2
