# __eq__ / __hash__ that mutate the dict or set being searched.
class K:
    def __init__(self, v, target):
        self.v = v
        self.target = target
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.target.clear()
        return False

d = {}
for i in range(5):
    d[K(i, d)] = i
print(1 <= len(d) <= 2)
d = {}
d[K(0, d)] = 0
probe = K(1, d)
print(probe in d, len(d))

grown = []
class Grow:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if not grown:
            grown.append(1)
            for i in range(100):
                table[i] = i
        return False
table = {}
table[Grow()] = 'a'
print(Grow() in table, len(table))

s = set()
class SetK:
    def __hash__(self):
        return 3
    def __eq__(self, other):
        s.clear()
        return False
s.add(SetK())
print(SetK() in s, len(s))

class BadHash:
    def __hash__(self):
        raise ValueError("no hash")
try:
    {}[BadHash()] = 1
except ValueError as e:
    print("ValueError", e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
class StrHash:
    def __hash__(self):
        return "x"
try:
    hash(StrHash())
except TypeError as e:
    print("TypeError", e)
