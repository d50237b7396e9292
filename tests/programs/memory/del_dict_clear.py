# dict.clear() frees the values at once, in insertion order.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
d = {'a': Res('a'), 'b': Res('b'), 'c': Res('c')}
print('clearing')
d.clear()
print('cleared', len(d))
