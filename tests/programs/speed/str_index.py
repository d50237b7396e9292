# s[i] of exact strs: ASCII (shared one-character strs), non-ASCII,
# negative and out-of-range indexes, bools, big ints, subclasses.
s = "hello|world"
print(s[0], s[-1], s[5], s[-11], s[True], s[False])
u = "añb€c😀"
print(u[1], u[3], u[-1], u[-2], len(u))
for bad in (11, -12, 10**30):
    try:
        print(s[bad])
    except IndexError as e:
        print("IndexError", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError", e)


class S(str):
    def __getitem__(self, i):
        return "S[%r]" % (i,)


class T(str):
    pass


print(S("abc")[1], T("abc")[1], type(T("abc")[1]).__name__)
print([p[-2] for p in ["<ab>", "<cd>", "xy"]], "".join(s[i] for i in range(0, 11, 2)))
print(""[0:1], "x"[-1])
try:
    ""[0]
except IndexError as e:
    print("IndexError", e)
