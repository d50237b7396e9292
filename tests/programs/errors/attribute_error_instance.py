# An instance attribute that was never set.
class Point:
    def __init__(self):
        self.x = 1
p = Point()
print(p.x)
print(p.zzz_missing)
