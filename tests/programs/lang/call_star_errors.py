# The messages of bad `*` and `**` arguments name the callee when the value
# goes to the call as it is, as in CPython 3.11.
def f(*a, **k):
    return a, k

class C:
    def m(self, *a):
        return a

cases = [
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(**{'a': 1}, a=2),
    lambda: f(1, *2),
    lambda: f(*[], **None),
    lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: print(*1),
    lambda: len(**1),
    lambda: (lambda: 0)(*1),
    lambda: f(*[1], *3),
    lambda: f(**{1: 2}),
    lambda: [].append(*1),
    lambda: C().m(*1),
    lambda: C.m(*None),
    lambda: f(x=1, **{'x': 2}),
    lambda: f(a=1, *[1], **{'a': 2}),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)
print(f(*(1, 2)), f(*[3], **{'b': 4}), f(*range(2), *"ab"))
print(C().m(*iter([5, 6])))
f(*f)
