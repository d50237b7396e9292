# Classes with __init__, methods and class attributes.
class Counter:
    created = 0
    def __init__(self, start=0):
        self.value = start
        Counter.created += 1
    def inc(self, by=1):
        self.value += by
        return self
    def get(self):
        return self.value
a = Counter()
b = Counter(10)
a.inc().inc().inc(5)
b.inc(by=-3)
print(a.get(), b.get(), Counter.created)
class Empty:
    pass
e = Empty()
e.anything = [1, 2]
print(e.anything, type(e) is Empty, isinstance(e, Empty))
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def size(self):
        return len(self.items)
s = Stack()
for i in range(4):
    s.push(i * i)
print(s.pop(), s.pop(), s.size())
print(Counter.get(b))
