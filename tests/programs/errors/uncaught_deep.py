# An exception raised deep in a call chain, never caught.
def level3():
    return [][0]
def level2():
    return level3()
def level1():
    return level2()
print('start')
level1()
