# A loop variable holds its last value until it is rebound or deleted.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
for r in [Res('a'), Res('b')]:
    print('loop sees', r.name)
print('after the loop')
del r
print('end')
