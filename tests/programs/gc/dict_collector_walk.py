# The collector walks dict tables with its visitors inline: the values
# always, the keys only once a key other than a str was stored. Cycles
# closed through a value, through a container inside a tuple key, through
# a key stored after the table was cleared, in a dict subclass and in a
# large (indexed) dict are all found; a container reachable only through
# such a key survives.
import gc


class Box:
    pass


class MyDict(dict):
    pass


def show(label, n):
    print(label, n)


gc.collect()

# A value refers back to the dict.
d = {"a": 1, "b": "s"}
d["self"] = [d]
del d
show("value cycle", gc.collect())

# The cycle goes through a tuple key holding a container.
d = {"x": 1}
holder = Box()
holder.d = d
d[(1, holder)] = "v"
del d, holder
show("tuple key cycle", gc.collect())

# Cleared, then given a non-str key again: keys must be visited again.
d = {(1,): 2}
d.clear()
d["plain"] = 1
b = Box()
b.back = d
d[(b,)] = 0
del d, b
show("key after clear", gc.collect())

# A dict subclass whose instance holds itself.
m = MyDict()
m["me"] = m
del m
show("subclass cycle", gc.collect())

# A large dict (with an index) holding its own key container.
big = {i: i for i in range(100)}
k = Box()
k.owner = big
big[(k, 0)] = None
for i in range(50):
    del big[i]
del big, k
show("large dict cycle", gc.collect())

# Live data reachable only through a key survives a collection.
keep = {}
inner = [1, 2, 3]
keep[(tuple([0]), Box())] = 1
obj = Box()
obj.data = inner
keep[(obj,)] = 2
del inner, obj
show("nothing to free", gc.collect())
for key in keep:
    if isinstance(key[0], Box):
        print("still there", key[0].data)
print(len(keep))
