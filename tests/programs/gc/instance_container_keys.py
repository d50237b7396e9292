# An instance's attribute table may hold keys that are not strs: the
# collector must count and follow references held by such keys, both for
# a live instance (what only its key reaches stays alive) and for garbage
# (a cycle through a key is found).
import gc
import weakref


class Box:
    pass


class Tag:
    pass


# A live instance: the tag is reachable only through a tuple key.
keeper = Box()
keeper.plain = 1
tag = Tag()
tag.name = "kept"
tag_ref = weakref.ref(tag)
keeper.__dict__ = {"plain": 1, (tag, 7): "value"}
del tag
for _ in range(3):
    gc.collect()
print("tag alive:", tag_ref() is not None)
for key, value in keeper.__dict__.items():
    if isinstance(key, tuple):
        print("key:", key[0].name, key[1], value)

# Garbage: a cycle closed by a key.
lost = Box()
lost.__dict__ = {(lost,): "self"}
lost_ref = weakref.ref(lost)
del lost
gc.collect()
print("cycle freed:", lost_ref() is None)

# Many live instances with container values and keys, young and old.
boxes = []
for i in range(2000):
    b = Box()
    b.items = [i]
    b.__dict__ = {"items": b.items, (Tag(), i): i}
    boxes.append(b)
gc.collect(0)
gc.collect(1)
gc.collect()
total = 0
for b in boxes:
    for key, value in b.__dict__.items():
        if isinstance(key, tuple):
            total += key[1] + value + b.items[0]
print("sum:", total)
