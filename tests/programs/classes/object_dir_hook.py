# object.__dir__ (what a custom __dir__ extends through super()) and
# object.__subclasshook__ (NotImplemented: no opinion).
class Base:
    def __init__(self):
        self.x = 1
    def method(self):
        pass
class Custom(Base):
    def __dir__(self):
        return sorted(super().__dir__()) + ["extra"]
c = Custom()
names = dir(c)
print("x" in names, "method" in names, "extra" in names, names[-1], "__class__" in names)
print(sorted(object.__dir__(c)) == sorted(set(object.__dir__(c))), "x" in object.__dir__(c))
import math
print("sqrt" in object.__dir__(math), type(Base().__dir__()).__name__)
print(object.__subclasshook__(), Base.__subclasshook__(int), str.__subclasshook__())
class Hooked:
    @classmethod
    def __subclasshook__(cls, C):
        r = super().__subclasshook__(C)
        return r
print(Hooked.__subclasshook__(int))
print(dir(Custom) == sorted(dir(Custom)), "method" in dir(Custom))
