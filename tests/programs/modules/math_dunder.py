# math: other types through __floor__/__ceil__/__trunc__, __float__ and __index__.
import math
class Num:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 2.25
class Idx:
    def __index__(self): return 4
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
print(math.sqrt(Num()), math.sqrt(Idx()), math.factorial(Idx()), math.gcd(Idx(), 6))
class F:
    def __float__(self): return 3.7
print(math.floor(F()), math.ceil(F()), math.floor(True), math.isqrt(True))
print(math.floor(10**30), math.ceil(-10**30), math.log(10**30, 10))
