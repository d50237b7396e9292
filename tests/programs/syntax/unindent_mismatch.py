# A dedent to a column that no enclosing block uses.
def f():
        x = 1
    return x
