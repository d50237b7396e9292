# Calling a function with a keyword it does not have.
def f(a, b=2):
    return a + b
print(f(1, b=5))
f(1, c=5)
