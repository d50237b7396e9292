# list.copy and list.clear.
a = [1, [2, 3]]
b = a.copy()
print(a == b, a is b, a[1] is b[1])
b.append(4)
b[1].append('shared')
print(a, b)
c = [1, 2, 3]
alias = c
print(c.clear(), c, alias, len(c))
c.append('again')
print(alias)
