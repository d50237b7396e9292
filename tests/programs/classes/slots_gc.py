# The collector traverses slot values: cycles through slots are found, and
# slot values are released when the instance goes.
import gc


class Node:
    __slots__ = ('peer', 'name')

    def __init__(self, name):
        self.name = name


class Noisy:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print('del', self.label)


a = Node('a')
b = Node('b')
a.peer = b
b.peer = a
del a, b
print(gc.collect())

n = Node('n')
n.peer = Noisy('held')
print('dropping')
del n
print('dropped')

n = Node('m')
n.peer = Noisy('replaced')
n.peer = None
print('after replace')


class Sub(Node):
    __slots__ = ('extra',)


s = Sub('s')
s.extra = s
s.peer = Noisy('in cycle')
del s
print(gc.collect() >= 1)
