# list.remove of a value that is not there.
items = [1, 2, 3]
items.remove(2)
print(items)
items.remove(5)
