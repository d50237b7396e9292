# Temporaries that nobody keeps are freed right after the statement uses them.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
    def hello(self):
        return 'hello from ' + self.name
print(Res('temp').hello())
print('next statement')
Res('unused')
print('after unused')
x = Res('in list')
y = [x]
del x
print('still held by the list')
y = None
print('end')
