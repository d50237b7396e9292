# set.clear() frees the items at once.
count = 0
class Res:
    def __del__(self):
        global count
        count += 1
s = set()
for i in range(5):
    s.add(Res())
print('before clear:', count, len(s))
s.clear()
print('after clear:', count, len(s))
