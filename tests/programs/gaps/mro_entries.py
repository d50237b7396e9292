# PEP 560: bases resolved through __mro_entries__, __orig_bases__ recorded.
class X(list[int]):
    pass


x = X([1, 2])
x.append(3)
print(x, X.__bases__, X.__mro__[1] is list, X.__orig_bases__)
print("__orig_bases__" in X.__dict__)


class Plain(list):
    pass


print("__orig_bases__" in Plain.__dict__)


class Fake:
    def __init__(self, *real):
        self.real = real

    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return self.real


class A:
    pass


class B:
    pass


class C(Fake(A, B), dict[str, int], Fake()):
    pass


print([k.__name__ for k in C.__bases__], len(C.__orig_bases__))


class Bad:
    def __mro_entries__(self, bases):
        return [A]


try:
    class D(Bad()):
        pass
except TypeError as e:
    print("TypeError", e)
