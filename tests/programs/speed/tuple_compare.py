# Tuple and list comparisons: the plain int/str items take a shortcut, the
# others the full protocol; results and errors must not differ.
print((1, "a") < (1, "b"), (1, "b") < (1, "a"), (2, "a") > (1, "z"))
print((1, 2) == (1, 2), (1, 2) != (1, 3), (1, 2) <= (1, 2), (1, 2) >= (1, 3))
print(("é", 1) < ("z", 1), ("z",) < ("é",), ("ab",) < ("abc",), ("abc",) < ("ab",))
print((True, 1) == (1, True), (1.0, 2) == (1, 2.0), (1, 2.5) < (1, 3))
print((-5, 0) < (3, 0), (2**70, 1) > (1, 1), (1, 2**70) < (1, 2**71))
print([1, "x", 3] < [1, "x", 4], [1, "y"] > [1, "x", 0], [] < [0])
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] < [1, "2"]
except TypeError as e:
    print("TypeError:", e)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq called")
        return isinstance(other, Eq) and self.v == other.v

    def __lt__(self, other):
        print("lt called")
        return self.v < other.v


print((1, Eq(1)) < (1, Eq(2)))
recs = [(3, "c"), (1, "b"), (1, "a"), (2, "z"), (-1, "q")]
print(sorted(recs), sorted(recs, reverse=True))
print(max(recs), min(recs))
