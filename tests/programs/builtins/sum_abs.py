# sum() and abs().
print(sum([1, 2, 3]), sum([]), sum(range(10)), sum([1, 2], 10))
print(sum([0.5, 0.25]), sum([1, 2.5]), sum([2**70, 2**70]))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-2**90), abs(True))
print(abs(-0.0))
