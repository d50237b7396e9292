# Overwriting a list item or a dict value frees the old one at once.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
lst = [Res('old item'), 'other']
lst[0] = 'replacement'
print('list item replaced')
d = {'key': Res('old value')}
d['key'] = Res('new value')
print('dict value replaced')
class Holder:
    pass
h = Holder()
h.attr = Res('old attribute')
h.attr = 0
print('attribute replaced')
del d['key']
print('dict entry deleted')
