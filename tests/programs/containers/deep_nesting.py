# repr and comparison of 100000-deep nested containers raise RecursionError
# (no crash), and the nests are freed.
def t(f):
    try: print(repr(f())[:50])
    except Exception as e: print(type(e).__name__, e)
a = []
for i in range(100000):
    a = [a]
t(lambda: repr(a))
t(lambda: a == a)
b = []
c = []
for i in range(100000):
    b = [b]; c = [c]
t(lambda: b == c)
d = {}
for i in range(100000):
    d = {1: d}
t(lambda: repr(d))
tt = ()
for i in range(100000):
    tt = (tt,)
t(lambda: repr(tt))
t(lambda: tt == tt)
del a, b, c, d, tt
print('ok')
