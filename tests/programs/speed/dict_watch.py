# Class dicts become "watched" by the attribute cache; reading a class's
# __dict__ while its attributes are looked up must keep working.
class C:
    a = 1
    b = 2

    def m(self):
        return 3


c = C()
seen = []
for name in vars(C):
    if not name.startswith("__"):
        seen.append((name, getattr(c, name) if name != "m" else c.m()))
print(seen)
it = iter(vars(C).items())
next(it)
print(C.a, c.b, c.m())
print(sum(1 for _ in it) > 0)
C.d = 4
try:
    for name in vars(C):
        setattr(C, "e", 5)
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.d, c.e)
d = {"k": 1}
for k in d:
    d["k"] = 2
print(d)
try:
    for k in d:
        d["j"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
