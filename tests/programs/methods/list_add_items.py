# list.append, extend and insert.
a = []
a.append(1)
a.append([2, 3])
print(a)
a.extend([4, 5])
a.extend('xy')
a.extend((6,))
a.extend(range(2))
print(a)
b = [1, 2, 3]
b.insert(0, 'first')
b.insert(2, 'middle')
b.insert(100, 'end')
b.insert(-1, 'before last')
b.insert(-100, 'start')
print(b)
c = [1]
c.extend(c)
print(c)
print(a.append(9), len(a))
