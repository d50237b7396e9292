# str + str and str += str: exact strs, subclasses that override __add__
# or __radd__ (the subclass on the right goes first), non-str operands,
# and a str whose other references must not see a += change.


class Loud(str):
    def __add__(self, other):
        return "Loud.add(%s, %s)" % (str.__str__(self), other)

    def __radd__(self, other):
        return "Loud.radd(%s, %s)" % (other, str.__str__(self))


class Plain(str):
    pass


a = "ab"
b = "cd"
print(a + b, b + a, a + "", "" + a, repr("" + ""))
s = a
s += b
print(s, a, s is a)
print("x" + Loud("y"), Loud("y") + "x")
t = "p"
t += Loud("q")
print(t)
u = Loud("r")
u += "s"
print(u)
p = Plain("m") + "n"
print(p, type(p).__name__)
print(type("m" + Plain("n")).__name__)
print("é" + "ü", len("é" + "ü"), ("é" + "abc").upper())
for bad in (1, None, b"x", ["x"]):
    try:
        "s" + bad
    except TypeError as e:
        print("TypeError", e)
try:
    x = "s"
    x += 5
except TypeError as e:
    print("TypeError", e)
parts = ""
for i in range(5):
    parts += str(i)
    keep = parts
print(parts, keep, parts is keep)
