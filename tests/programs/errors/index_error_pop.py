# pop() from an empty list.
a = [1]
a.pop()
a.pop()
