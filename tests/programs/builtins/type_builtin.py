# type() of values, and types as values.
print(type(1), type(1.0), type('s'), type(True), type(None))
print(type([]), type(()), type({}), type(set()), type(range(1)))
print(type(2**100) is int, type(1) == int, type(type(1)))
class Custom:
    pass
print(type(Custom()) is Custom)
def f():
    pass
print(type(len) is type(print))
print(type(int), type(Custom) is type)
