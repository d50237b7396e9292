# Long non-ASCII text: repeated find() from the last hit, indexing walking
# backwards, slicing and iteration stay linear (a quadratic scan would not
# finish in time on a million code points).
s = ("é" * 50 + "x") * 20000
i, n = -1, 0
while True:
    i = s.find("x", i + 1)
    if i < 0:
        break
    n += 1
print(len(s), n)
t = 0
for k in range(len(s) - 1, 0, -97):
    t += s[k] == "x"
print(t, s.rfind("x"), s.index("x", 750000), s.count("x", 1000, 1000000))
print(s[999990:1000010].count("x"), s[-51:], len(s[::1000]), sum(1 for c in s if c == "x"))
j, m = len(s), 0
while True:
    j = s.rfind("x", 0, j)
    if j < 0:
        break
    m += 1
print(m)
