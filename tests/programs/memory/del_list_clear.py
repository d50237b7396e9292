# list.clear() frees the items at once (the last one first, as CPython does).
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
items = [Res('one'), Res('two'), Res('three')]
print('clearing')
items.clear()
print('cleared', len(items))
