# Wrong uses of super(), with CPython's messages.
class A:
    def f(self):
        return 'A.f'


class B(A):
    def f(self):
        return 'B.' + super().f()


try:
    super()
except RuntimeError as e:
    print('RuntimeError:', e)


def loose():
    return super()


try:
    loose()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    super(B, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    super(1, B())
except TypeError as e:
    print('TypeError:', e)
try:
    super(B, B()).g()
except AttributeError as e:
    print('AttributeError:', e)


class C(A):
    @staticmethod
    def s():
        return super().f()


try:
    C.s()
except RuntimeError as e:
    print('RuntimeError:', e)
print(B().f(), super(B, B).f(B()))


class M:
    def __init__(self):
        super().__init__()
        self.ok = True


print(M().ok)
