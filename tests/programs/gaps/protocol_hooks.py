# divmod, dir, isinstance, tuple(), dict merges honour the class hooks.
class N:
    def __divmod__(self, o):
        return ("dm", o)

    def __rdivmod__(self, o):
        return ("rdm", o)


class Sub(N):
    def __rdivmod__(self, o):
        return ("sub-rdm", type(o).__name__)


print(divmod(N(), 3), divmod(3, N()), divmod(N(), Sub()), divmod(7, 2), divmod(7.5, 2))


class Only:
    def __divmod__(self, o):
        return NotImplemented


try:
    divmod(Only(), 1)
except TypeError as e:
    print("TypeError", e)


class D:
    def __dir__(self):
        return ("b", "a", "c")


r = dir(D())
print(r, type(r).__name__)


class Fake:
    @property
    def __class__(self):
        return int


print(isinstance(Fake(), int), isinstance(Fake(), Fake), isinstance(Fake(), (str, int)),
      isinstance(Fake(), str))


class L(list):
    def __iter__(self):
        return iter([9, 9])


print(tuple(L([1, 2])), list(L([1])))


class DD(dict):
    def keys(self):
        return ["a"]

    def __getitem__(self, k):
        return 42


class DI(dict):
    def __iter__(self):
        return iter(["a"])

    def keys(self):
        return ["b"]

    def __getitem__(self, k):
        return k * 2


def f(**kw):
    return kw


for d in (DD(a=1, b=2), DI(a=1, b=2)):
    print(dict(d), {**d}, f(**d), {"z": 0, **d})
for bad in ([1], 5):
    try:
        {**bad}
    except TypeError as e:
        print("TypeError", e)
    try:
        f(**bad)
    except TypeError as e:
        print("TypeError", e)
