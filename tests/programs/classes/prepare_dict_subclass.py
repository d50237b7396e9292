class D(dict):
    def __setitem__(self, k, v):
        print('set', k); super().__setitem__(k, v)
    def __getitem__(self, k):
        print('get', k); return super().__getitem__(k)
    def __delitem__(self, k):
        print('del', k); super().__delitem__(k)
class M(type):
    @classmethod
    def __prepare__(m, n, b): return D()
class C(metaclass=M):
    x = 1
    y = x + 1
    del x
    print(len)
    try:
        del zz
    except NameError as e:
        print(e)
print(C.y)
