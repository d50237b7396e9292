# `and` and `or` return one of their operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'value' or 'default')
print([] and 'x', [1] and 'x')
print(None or 0 or '' or 'last')
print(1 and 2 and 3, 1 and 0 and 3)
def side(v):
    print('called', v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
print(not 1 or 2, not (1 or 2))
