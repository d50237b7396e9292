# Calling a function with too many arguments.
def one(a):
    return a
one(1, 2)
