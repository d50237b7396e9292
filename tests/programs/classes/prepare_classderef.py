# A __prepare__ namespace that is a dict subclass answers every name lookup
# of the class body through its own __getitem__, free variables included.
class NS(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
class M(type):
    @classmethod
    def __prepare__(m, n, b):
        return NS()
def f():
    x = 1
    class C(metaclass=M):
        print(x)
        y = 2
        print(y)
    return C
f()
