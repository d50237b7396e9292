from __future__ import annotations
# Under PEP 563 names in annotations are not references: no closure cells,
# and lambdas or comprehensions in annotations are never compiled.


def outer():
    class X:
        pass

    def inner(a: X, b: [y for y in X]) -> lambda: X:
        return a
    return inner


f = outer()
print(f.__annotations__, f.__closure__)


class K:
    attr: [n for n in range(3)] = 1
    other: undefined.name


print(K.__annotations__, K.attr)
