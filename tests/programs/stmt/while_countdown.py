# A while loop that builds a string and a list together.
n = 5
out = ''
seen = []
while n:
    out += str(n)
    seen.append(n)
    n -= 1
print(out, seen)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
