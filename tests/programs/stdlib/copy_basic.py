import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
print(copy.copy((1, 2)) == (1, 2), copy.deepcopy('str'), copy.copy({1, 2}) == {1, 2})
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[0], c2 is not cyc)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)

class Node:
    def __init__(self, val):
        self.val = val
        self.children = []

root = Node(1)
root.children.append(Node(2))
root.children[0].children.append(root)
r2 = copy.deepcopy(root)
print(r2.val, r2.children[0].val, r2.children[0].children[0] is r2, r2 is not root)
sh = copy.copy(root)
print(sh.children is root.children, type(sh).__name__)

class Custom:
    def __init__(self, x):
        self.x = x
    def __copy__(self):
        return Custom(self.x + 100)
    def __deepcopy__(self, memo):
        return Custom(self.x + 1000)

print(copy.copy(Custom(1)).x, copy.deepcopy(Custom(1)).x, copy.deepcopy([Custom(2)])[0].x)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]

o = copy.deepcopy(Slotted())
print(o.a, hasattr(o, 'b'))
t = ([1], 2)
t2 = copy.deepcopy(t)
print(t2, t2 is t, t2[0] is t[0])
t3 = (1, 'x')
print(copy.deepcopy(t3) is t3)
dd = {'a': {'b': {'c': 1}}}
dd2 = copy.deepcopy(dd)
dd2['a']['b']['c'] = 2
print(dd, dd2)
