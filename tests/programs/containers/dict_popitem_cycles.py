# Inserting and popitem() in a loop must keep lookups finite: popitem gives
# back its entry position but not its index slot, so the table has to grow.
d = {}
for i in range(100000):
    d[i] = i
    d.popitem()
print(len(d))
d = {}
for i in range(1000):
    d[i] = i
    if i % 3 == 0:
        d.popitem()
print(len(d), sum(d))
e = dict.fromkeys(range(50))
while e:
    e.popitem()
for i in range(200):
    e[str(i)] = i
    e.popitem()
    e[i] = i
print(len(e), sorted(e)[:3])
