# `del` frees an object when it removes the last reference.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
a = Res('a')
b = a
del a
print('a deleted, b still refers to it')
del b
print('b deleted')
x = Res('x')
y = Res('y')
del x, y
print('both deleted')
