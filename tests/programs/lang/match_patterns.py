# match statements (PEP 634): literal, capture, wildcard, or, as, sequence,
# mapping (with **rest), class (positional via __match_args__, keywords,
# self-matching builtins) and value patterns, with guards.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return f"number {v}"
        case "hello":
            return "greeting"
        case str(s):
            return f"str {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [x, y, *_, z]:
            return f"long {x} {y} .. {z}"
        case (a, b):
            return f"pair {a} {b}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t, **others}:
            return f"typed {t} {sorted(others)}"
        case {}:
            return "some dict"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=py):
            return f"point {px},{py}"
        case _:
            return "other"

for v in [None, True, 0, 1, -5, 7, 2.5, "hello", "bye", [], [9], [1, 2, 3], [5, 6, 7, 8],
          (3, 4), {"type": "circle", "r": 2}, {"type": "sq", "side": 1, "c": 2}, {"x": 1},
          Point(0, 0), Point(0, 3), Point(2, 2), Point(1, 5), object, range(2), "ab"]:
    print(describe(v))

match [1, [2, 3]]:
    case [a, [b, c]]:
        print(a, b, c)
match {"k": [1, 2]}:
    case {"k": [_, second]}:
        print("second", second)
x = 5
match x:
    case 1:
        print("no")
print("after unmatched", x)
class Color:
    RED = "r"
    GREEN = "g"
match "g":
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
def bad():
    match 1:
        case Point(1, 2, 3):
            pass
match Point(1, 2):
    case Point(1, 2, 3):
        pass
