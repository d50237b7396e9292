# A def's annotations are evaluated when the def runs, in CPython's order,
# and kept in __annotations__ (names mangled in classes); lambdas and
# unannotated functions have an empty dict.
def note(tag, value):
    print("evaluated", tag)
    return value


def f(a: note("a", int), b=note("default b", 2), /, c: note("c", str) = "x",
      *args: note("args", tuple), d: note("d", float), e=1, **kw: note("kw", dict)
      ) -> note("return", None):
    return a


print(f.__annotations__)
print(list(f.__annotations__))


def plain(x, y=1):
    pass


print(plain.__annotations__, (lambda q: q).__annotations__)


class C:
    def method(self, __secret: int, other: "C") -> "C":
        return self

    @staticmethod
    def s(x: list[int]) -> dict[str, int]:
        return {}


print(C.method.__annotations__)
print(C.s.__annotations__)


def outer():
    T = bytes

    def inner(v: T) -> T:
        return v
    return inner


print(outer().__annotations__)
