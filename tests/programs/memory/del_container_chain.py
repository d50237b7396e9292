# Freeing a container frees what only it referred to, transitively.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
outer = {'inner': [Res('deep')], 'direct': Res('direct')}
print('deleting the dict')
del outer
print('deleted')
t = (Res('in tuple'),)
t = ()
print('tuple replaced')
