# Deleting a slice frees those items at once.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
lst = [Res('r0'), Res('r1'), Res('r2'), Res('r3')]
del lst[1:3]
print('deleted middle, left', len(lst))
del lst[:]
print('deleted all, left', len(lst))
lst2 = [Res('s0'), Res('s1')]
lst2[:] = []
print('slice assignment done')
