# Three-argument __pow__/__rpow__ wrappers, hash(''), metaclass resolution.
print((2).__pow__(3, 5), (2).__pow__(3), (2).__pow__(3, None), (3).__rpow__(2, 5))
print(int.__pow__(2, 10, 1000), (2.0).__pow__(3), (2).__pow__(-1, 7))
try:
    (2.0).__pow__(3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    (2).__pow__(3, 5, 7)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(hash(""), hash(b""), hash("") == hash(b""), {"": 1}[""], "" in {""})


class Meta(type):
    pass


class Base(metaclass=Meta):
    pass


class Child(Base):
    pass


print(type(Child).__name__)


class Other(type):
    pass


class O(metaclass=Other):
    pass


try:
    class Bad(Base, O):
        pass
except TypeError as e:
    print("TypeError", e)
