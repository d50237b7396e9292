# A def without its colon.
def f()
    return 1
