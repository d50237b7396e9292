# Augmented assignment on names, attributes and subscripts.
n = 10
n += 5
n -= 3
n *= 2
print(n)
n //= 5
print(n)
n %= 3
print(n)
n **= 10
print(n)
f = 7
f /= 2
print(f)
s = 'ab'
s += 'cd'
s *= 2
print(s)
class Box:
    pass
b = Box()
b.count = 1
b.count += 41
print(b.count)
d = {'k': 1}
d['k'] += 9
d['k'] *= 3
print(d)
lst = [1, 2, 3]
lst[1] -= 20
lst[-1] **= 2
print(lst)
alias = lst
lst += [4]
print(alias, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
nested = [[0]]
nested[0][0] += 1
print(nested)
