# A MemoryError is an ordinary exception: it can be caught, the program
# frees what it holds and goes on allocating.
hold = [[i] * 100 for i in range(1000)]
for make in (lambda: [None] * (2**60), lambda: "ab" * (2**60)):
    try:
        make()
        print("allocated?")
    except MemoryError as e:
        print("MemoryError caught", type(e).__name__, e.args)
hold.clear()
again = [[i] * 100 for i in range(1000)]
print(len(again), sum(len(x) for x in again))
try:
    raise MemoryError("explicit")
except MemoryError as e:
    print("caught", e)
