# Attribute access on classes and instances.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p.x, p.y, p.dims, Point.dims, p.norm1())
p.x = 10
p.label = 'moved'
print(p.x, p.label, p.norm1())
Point.dims = 3
print(p.dims)
p.dims = 4
print(p.dims, Point.dims)
m = p.norm1
print(m())
print('abc'.upper(), [3, 1, 2].count(1))
