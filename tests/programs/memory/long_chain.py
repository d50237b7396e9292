# A linked chain of 1,000,000 objects is freed without deep recursion.
class Link:
    pass
head = None
for i in range(1000000):
    node = Link()
    node.next = head
    head = node
del node
n = 0
p = head
while p is not None:
    n += 1
    p = p.next
print(n)
del head
print('freed')
