# The global statement.
counter = 0
def bump():
    global counter
    counter += 1
for i in range(3):
    bump()
print(counter)
def create():
    global made_here
    made_here = 'created inside a function'
create()
print(made_here)
value = 'global'
def shadow():
    value = 'local'
    return value
print(shadow(), value)
def reader():
    return value
print(reader())
def remove():
    global value
    del value
remove()
print('value' in globals())
