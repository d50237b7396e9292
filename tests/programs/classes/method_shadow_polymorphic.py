# A call site that sees several classes: methods shadowed by instance
# attributes (also under a str-subclass key), then unshadowed, and a class
# attribute replaced between rounds.
class A:
    def f(self): return "A.f"
class B(A):
    def f(self): return "B.f"
class S(str): pass
objs = [A(), B(), A(), B()]
objs[2].f = lambda: "inst"
objs[3].__dict__[S("f")] = lambda: "inst-S"
for r in range(3):
    print([o.f() for o in objs])
    if r == 1:
        del objs[2].f
        A.f = lambda self: "new A.f"
