# Locals are freed when the function returns; a returned object survives.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
def work():
    temp = Res('temp')
    print('working')
    return 'result'
print(work())
def make():
    kept = Res('kept')
    return kept
k = make()
print('made', k.name)
def drop_arg(obj):
    print('got', obj.name)
drop_arg(Res('argument'))
print('after call')
del k
print('end')
