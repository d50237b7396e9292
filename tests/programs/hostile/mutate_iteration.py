# Containers changed while being iterated over.
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1}
try:
    for k, v in d.items():
        d.clear()
except RuntimeError as e:
    print("RuntimeError", e)
# A list may grow while iterated: the loop sees the new items.
l = [1, 2, 3]
for x in l:
    if x < 6:
        l.append(x + 3)
print(l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
