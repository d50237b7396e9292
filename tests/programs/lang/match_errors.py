# match statements: nested and alternative patterns, guards, scopes, and the
# TypeErrors of class patterns.
def f(v):
    match v:
        case [1, (2 | 3) as k, *_] | [k]:
            return ("A", k)
        case {"a": 1, "b": [x, *ys]}:
            return ("B", x, ys)
        case (x, y) if x > y:
            return ("C", x, y)
        case str() | bytes():
            return ("D", v)
        case [*xs] if len(xs) > 3:
            return ("E", xs)
        case _:
            return ("F",)
for v in [[1, 2, 9], [1, 3], [7], {"a": 1, "b": [1, 2, 3]}, {"a": 2}, (5, 1), (1, 5),
          "abc", b"x", [1, 2, 3, 4, 5], {"a": 1, "b": "xy"}, iter([1])]:
    print(f(v))
class P:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1
class Q:
    __match_args__ = ["a"]
def attempt(pat):
    try:
        if pat == 0:
            match P():
                case P(1, 2):
                    pass
        elif pat == 1:
            match P():
                case P(a=1, a2=3):
                    pass
        elif pat == 2:
            match P():
                case Q(1):
                    pass
        elif pat == 3:
            match 5:
                case int(1, 2):
                    pass
        elif pat == 4:
            match P():
                case P(1, a=1):
                    pass
        elif pat == 5:
            class R:
                pass
            match R():
                case R(1):
                    pass
        elif pat == 6:
            match 3:
                case Q.x():
                    pass
        print("no error", pat)
    except Exception as e:
        print(type(e).__name__, e)
for pat in range(7):
    attempt(pat)
Q.x = 3
attempt(6)
class Cls:
    match 3:
        case int(q):
            attr = q
print(Cls.attr)
def deep(x):
    match x:
        case [[[a]]]:
            return a
        case [[a, b], {"k": (c, d)}]:
            return a + b + c + d
print(deep([[[7]]]), deep([[1, 2], {"k": (3, 4)}]), deep([[1]]))
match (1, 2):
    case [a, b]:
        print("tuple as seq", a, b)
match range(3):
    case [0, *r]:
        print("range", r)
match 1.0:
    case 1:
        print("1.0 == 1")
match True:
    case 1:
        print("True matches 1")
