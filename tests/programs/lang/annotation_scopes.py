def a():
    T = int
    def b():
        def c(x: T) -> [T for _ in (1,)]: pass
        return c
    return b()
print(a().__annotations__)
def outer():
    def inner(p: (lambda: 5)()) -> {k: 1 for k in 'ab'}: pass
    return inner
print(outer().__annotations__)


def closure_only_in_annotation():
    T = str
    def inner(a: T) -> T:
        return a
    return inner


f = closure_only_in_annotation()
print(f.__annotations__, f.__closure__)
class A:
    T = int
    def m(self, x: T) -> T: pass
print(A.m.__annotations__)
def outer():
    U = str
    class B:
        def m(self, y: U): pass
    return B
print(outer().m.__annotations__)
