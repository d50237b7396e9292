# polymorphic: method dispatch over many small classes. Twelve classes (some
# subclasses overriding, some inheriting their methods) are mixed in one list;
# a loop calls the same methods on each element, so every call site sees many
# types. Also a method that calls another method through self.
# Size: number of passes over the list (default 60000).
# Checksum: the accumulated results.
import sys


class Shape:
    def __init__(self, k):
        self.k = k

    def area(self):
        return 0

    def sides(self):
        return 0

    def score(self):
        return self.area() + self.sides()


class Square(Shape):
    def area(self):
        return self.k * self.k

    def sides(self):
        return 4


class Rect(Shape):
    def __init__(self, k):
        Shape.__init__(self, k)
        self.w = k + 1

    def area(self):
        return self.k * self.w

    def sides(self):
        return 4


class Tri(Shape):
    def area(self):
        return self.k * self.k // 2

    def sides(self):
        return 3


class Pent(Shape):
    def area(self):
        return self.k * 5 // 2

    def sides(self):
        return 5


class Hex(Pent):
    def sides(self):
        return 6


class Circle(Shape):
    def area(self):
        return self.k * self.k * 3


class Dot(Shape):
    pass


class Line(Shape):
    def sides(self):
        return 1


class Cube(Square):
    def area(self):
        return Square.area(self) * 6


class Star(Shape):
    def area(self):
        return self.k + 10

    def sides(self):
        return 10

    def score(self):
        return self.area() * 2


class Ring(Circle):
    def sides(self):
        return 2


CLASSES = [Square, Rect, Tri, Pent, Hex, Circle, Dot, Line, Cube, Star, Ring, Shape]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    shapes = []
    for i in range(60):
        shapes.append(CLASSES[(i * 7) % len(CLASSES)](i % 13 + 1))
    total = 0
    sides = 0
    for p in range(n):
        for s in shapes:
            total += s.score()
            sides += s.sides()
        total %= 1000000007
    print("polymorphic", n, len(shapes), total, sides)


main()
