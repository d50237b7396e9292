# Rebinding a name drops the old object at once.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
r = Res('first')
print('rebinding')
r = Res('second')
print('rebound')
r = None
print('end')
