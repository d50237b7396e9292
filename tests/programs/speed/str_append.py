# `s += t` and `s = s + t` grow s in place when nothing else holds it: any
# other holder (a second name, a list, a dict key, a tuple, a closure, a
# global) must keep seeing the old text.


def grow():
    s = ""
    for i in range(300):
        s += chr(65 + i % 26)
    t = "x"
    for i in range(200):
        t = t + "é€"[i % 2]
    return s, t


s, t = grow()
print(len(s), s[:30], s[-5:], len(t), t[:9], t[-4:], t[150], t.count("é"), hash(s) == hash(s[:]))


def aliases():
    a = "ab" * 3
    b = a
    a += "!"
    lst = [a]
    a += "?"
    d = {a: 1}
    a += "#"
    tup = (a,)
    a = a + "$"
    print(a, b, lst, d, tup)
    k = "key" * 2
    table = {k: 0}
    k += "x"
    print(table, k, k in table, k[:-1] in table)


aliases()


def non_ascii():
    s = "ñandú" * 3
    print(s[7], s[-2], len(s))
    s += "€x"
    print(s[7], s[-2], s[-1], len(s), s.find("€"))
    s = s + "ü"
    print(s[-3:], len(s), s.upper())


non_ascii()


def closure():
    s = "cell"

    def inner():
        return s

    s += "!"
    return inner()


print(closure())

g = "glob"
h = g
g += "al"
g = g + "!"
print(g, h)


def temporaries(x):
    r = "<" + x + ">"
    r2 = ("[" + x) + ("]" + x)
    same = x + x
    return r, r2, same, x


print(temporaries("mid"))


def gen():
    s = ""
    for c in "abc":
        s += c
        yield s


print(list(gen()))


def empty():
    s = ""
    s += ""
    e = s
    s += "z"
    return repr(e), s


print(empty())
words = []
w = "ka"
for i in range(5):
    w += "lo"
    words.append(w)
print(words)
