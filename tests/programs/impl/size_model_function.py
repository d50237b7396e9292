# Ouro's size model, docs/memory.md §3: a function is 136 bytes plus 8 per
# closure cell (the cells live in the function's own block), plus the GC
# header; reading __closure__ makes a tuple but does not change the size.
import sys


def plain():
    pass


def maker(a, b, c):
    def inner():
        return a + b + c
    return inner


f = maker(1, 2, 3)
print(plain.__sizeof__(), sys.getsizeof(plain))
print(f.__sizeof__(), sys.getsizeof(f))
print(len(f.__closure__), f.__sizeof__())
