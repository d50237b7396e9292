# An exception raised by the program and never caught.
def check(n):
    if n > 2:
        raise ValueError('n is too big: ' + str(n))
    return n
for i in range(5):
    print(check(i))
