# A million objects built and freed twice over: reference counting keeps up.
class Item:
    def __init__(self, v):
        self.v = v
for round in range(2):
    items = [Item(i) for i in range(500000)]
    total = 0
    for it in items:
        total += it.v
    print(round, len(items), total)
    del items
print('done')
