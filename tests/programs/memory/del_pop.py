# An item popped and not kept is freed at once.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
lst = [Res('l0'), Res('l1')]
lst.pop()
print('after list pop')
lst.pop(0)
print('after list pop(0)')
d = {'k': Res('dv')}
d.pop('k')
print('after dict pop')
kept = [Res('kept')].pop()
print('kept', kept.name)
del kept
print('end')
