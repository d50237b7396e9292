# Hash and equality of weak references follow their referents; a dead
# reference compares by identity, and hashing it fails unless it was hashed
# while alive.
import weakref


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b, c = Key(1), Key(1), Key(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, hash(ra) == hash(1), hash(ra) == hash(rb))
print(ra == a, ra.__eq__(a))
hashed = weakref.ref(c, lambda r: None)
h = hash(hashed)
del a
print(ra == rb, ra == ra, ra != rb)
try:
    hash(ra)
except TypeError as e:
    print("TypeError:", e)
del c
print(hash(hashed) == h, hashed() is None)
d = {rb: "b"}
print(d[weakref.ref(b)])
