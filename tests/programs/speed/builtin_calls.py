# Calls of built-in functions and methods, which the VM hands straight to
# their C functions when the instance is exactly of the method's type: the
# other cases (subclasses, foreign instances, missing self, class methods,
# keywords, bound methods kept in variables) must behave as in CPython.


class MyList(list):
    def append(self, x):
        list.append(self, x * 10)


class Other:
    grab = list.append  # a descriptor of list in a foreign class
    upper = str.upper


def attempt(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


items = []
for i in range(3):
    items.append(i)
print(items)

m = MyList()
m.append(2)
list.append(m, 3)
print(m, type(m).__name__)

for s in ["abc", "ABC"]:
    print(s.upper(), str.upper(s), s.join(["x", "y"]), str.join("-", ["a", "b"]))

o = Other()
print(attempt(lambda: o.grab(1)))
print(attempt(lambda: o.upper()))
print(attempt(list.append))
print(attempt(list.append, (1, 2), 3))
print(attempt(str.upper, 5))
print(attempt(lambda: [].append()))
print(attempt(lambda: [].append(1, 2)))
print(attempt(lambda: {}.get()))
print(attempt(lambda: "a".split(sep=",", maxsplit=1)))
print("a,b,c".split(sep=",", maxsplit=1))
print(attempt(lambda: [3, 1, 2].sort(key=lambda v: -v)))
lst = [3, 1, 2]
lst.sort(reverse=True)
print(lst)
print(dict.fromkeys("ab", 0), {}.fromkeys([1]))
d = {"k": 1}
get = d.get
print(get("k"), get("z", "default"), d.get("k"))
push = items.append
push(99)
print(items, len(items), max(items, key=lambda v: -v), sorted(items, reverse=True))
print(attempt(len))
print(attempt(len, 1, 2))
print(attempt(lambda: len(x=1)))


class MyStr(str):
    pass


ms = MyStr("hello")
print(ms.upper(), type(ms.upper()).__name__, str.upper(ms), ms.count("l"))
print(attempt(lambda: int.bit_length(True)), (5).bit_length(), True.bit_length())
