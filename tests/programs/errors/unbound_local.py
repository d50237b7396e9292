# A local variable read before it is assigned: UnboundLocalError.
total = 10
def f():
    print('in f')
    total = total + 1
    return total
f()
