# Objects in a cycle are not freed by `del`; gc.collect() frees them.
import gc
freed = []
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        freed.append(self.name)
gc.collect()
a = Tracked('a')
b = Tracked('b')
a.other = b
b.other = a
del a, b
print('after del:', freed)
print('collected:', gc.collect())
print('after collect:', sorted(freed))
