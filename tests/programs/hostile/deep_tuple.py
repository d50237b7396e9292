# A 100,000-deep nested tuple: hash() returns CPython's value (no C
# recursion); == and repr raise RecursionError instead of crashing.
x = ()
y = ()
for i in range(100000):
    x = (x, i) if i % 3 == 0 else (x,)
    y = (y, i) if i % 3 == 0 else (y,)
print(hash(x))
print(hash(x) == hash(y))
print(hash(((1, 2), (3, (4, 5.5, 0)), -1)), hash((((),),)), hash((-1,)), hash((2**70, (True,))))
class T(tuple):
    def __hash__(self):
        return 7
print(hash((T(), (T((1,)),))))
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError", e)
try:
    print(len(repr(x)))
except RecursionError as e:
    print("RecursionError", e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    hash(((((1, {}),),),))
except TypeError as e:
    print(e)
d = {x: 1}
print(d[x])
del x, y, d
print("freed")
